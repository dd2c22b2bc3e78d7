// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "errors.h"

namespace costboard {

// The sentences people read for core errors, translated by whichever translator is installed when
// they are called (context "costboard::ErrorText"). QtCore only: the command line without Widgets
// prints the same sentences as the windows.

// The whole sentence for `error`; a ValidationError starts with its field's label
// ("Code: must not be empty"). Show this wherever an error reaches a person.
QString errorText(const Error &error);

// The sentence without the field's label, for a form that shows it under the field itself.
QString errorReason(const Error &error);

// The words for a ValidationError::field() key ("service period start" -> "Service period start");
// a key the catalogue does not know is returned as it is.
QString fieldLabel(const QString &field);

// The translated sentence of `code` with `arguments` (what errorReason() says for such an error).
QString errorSentence(ErrorCode code, const QStringList &arguments = {});

} // namespace costboard
