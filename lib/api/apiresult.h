#pragma once

#include "apierror.h"

#include <variant>

namespace shuriken {

/// The outcome of one service call: a value or an ApiError, never both, never neither.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): `return session;` reads best
        : m_outcome(std::move(value))
    { }
    ApiResult(ApiError error) // NOLINT(google-explicit-constructor): `return error;` reads best
        : m_outcome(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    explicit operator bool() const { return ok(); }

    /// Only valid when ok().
    const T &value() const
    {
        Q_ASSERT(ok());
        return std::get<T>(m_outcome);
    }
    /// Only valid when !ok().
    const ApiError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<ApiError>(m_outcome);
    }
    /// error().displayText(), or empty when ok(): safe to call either way.
    QString errorText() const { return ok() ? QString() : error().displayText(); }

private:
    std::variant<T, ApiError> m_outcome;
};

} // namespace shuriken
