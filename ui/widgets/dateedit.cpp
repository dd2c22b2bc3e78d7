// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dateedit.h"

#include <QDateEdit>
#include <QLocale>

#include "storage/validation.h"

namespace costboard::ui {

QDateEdit *makeFormDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(validation::earliestDate, validation::latestDate);
    // Short locale formats often have a two-digit year ("11/26/26"): ambiguous for a plan date.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace costboard::ui
