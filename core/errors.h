#pragma once

#include <QString>

#include <exception>

namespace costboard {

// Core errors form a small hierarchy; the service boundary (UI action, CLI command) catches
// `Error`, logs it and shows `message()` to the user. Messages are already user-facing.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// A value the user (or a file) supplied is not acceptable. `field()` names what was wrong so that a
// form can highlight it and an importer can report "file:line: field: message".
class ValidationError : public Error
{
public:
    ValidationError(QString field, const QString &message)
        : Error(field.isEmpty() ? message : field + QStringLiteral(": ") + message)
        , m_field(std::move(field))
        , m_reason(message)
    {
    }

    const QString &field() const noexcept { return m_field; }
    const QString &reason() const noexcept { return m_reason; }

private:
    QString m_field;
    QString m_reason;
};

// Arithmetic on money that would mix currencies or overflow 64 bits.
class MoneyError : public Error
{
public:
    using Error::Error;
};

// The database could not be opened, read or written.
class StorageError : public Error
{
public:
    using Error::Error;
};

// The database was written by a newer CostBoard: refuse it rather than damage it.
class SchemaVersionError : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace costboard
