// Result<T>: a value or an Error, for expected failures. No exceptions cross threads or event handlers.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace orderflow {

// A machine-readable code plus a sentence for a human: what happened, to what, and what to do.
struct Error {
    QString code;
    QString message;

    Error() = default;
    Error(QString c, QString m) : code(std::move(c)), message(std::move(m)) {}
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}     // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace orderflow
