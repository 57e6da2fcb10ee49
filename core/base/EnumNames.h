#pragma once

#include <QString>

#include <cstddef>
#include <utility>

namespace relay::core {

// An enum stored as text: its value for a stored name, from a table of
// {name, value} pairs; `otherwise` for a name the table does not hold.
template <typename E, std::size_t N>
E enumFromName(const std::pair<const char *, E> (&names)[N], const QString &name, E otherwise)
{
    for (const auto &[text, value] : names) {
        if (name == QLatin1String(text))
            return value;
    }
    return otherwise;
}

} // namespace relay::core
