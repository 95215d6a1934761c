#pragma once

// Private to lib/filter: the recursive-descent parser from text to Program.

#include "displayfilter.h"
#include "filterprogram_p.h"

#include <memory>

namespace shuriken::filter {

/// A name that does not reach a payload field where a path starts: metadata, `payload` and the
/// keywords.
bool isReservedName(QStringView name);

/// The program of @p text, or null with @p error (when given) saying where and why not.
std::shared_ptr<const Program> parseProgram(const QString &text, FilterError *error);

} // namespace shuriken::filter
