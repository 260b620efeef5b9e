#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace outflow {

/// Outcome of a backend operation that can fail: a value, or a human-readable message that the
/// UI and the CLI show verbatim. Backend code never signals expected failures with exceptions.
template <typename T>
class [[nodiscard]] Result final
{
public:
    static Result ok(T value) { return Result(std::move(value), QString()); }
    static Result fail(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (x : f().value())` must not dangle into a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error) : m_value(std::move(value)), m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

/// Result of an operation without a value.
template <>
class [[nodiscard]] Result<void> final
{
public:
    static Result ok() { return Result(QString(), true); }
    static Result fail(QString message) { return Result(std::move(message), false); }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    Result(QString error, bool ok) : m_error(std::move(error)), m_ok(ok) {}
    QString m_error;
    bool m_ok;
};

using Status = Result<void>;

} // namespace outflow
