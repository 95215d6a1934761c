#pragma once

// Private to lib/filter: evaluates a Program against one row.

#include "displayfilter.h"
#include "filterprogram_p.h"

#include <optional>

namespace shuriken {

class FilterEvaluator
{
public:
    /// @p program's verdict on @p row; uses the calling thread's scratch (simdjson's parser
    /// among it), so any number of threads may evaluate one program at once.
    static bool matches(const filter::Program &program, const FilterRowContext &row);
    /// The same for many rows; returns how many matched.
    static qsizetype matchRows(const filter::Program &program, std::span<const FilterRowContext> rows,
                               std::span<bool> results);
    /// The value of @p program's root when it is one value (a field, or a function of one), as a
    /// number; nothing when the row has none, it is not a number, or the root is a condition.
    static std::optional<double> numberOf(const filter::Program &program, const FilterRowContext &row);
    /// The same value as a table cell shows and sorts it (DisplayFilter::cellValueOf()).
    static FilterCellValue cellValueOf(const filter::Program &program, const FilterRowContext &row);
    /// Payloads parsed by evaluations on the calling thread.
    static quint64 parsesOnThisThread();
    /// The fields of @p program that @p binding's schema holds in typed cells.
    static void bindColumns(const filter::Program &program, const StreamSchema &schema, FilterBinding &binding);

private:
    /// @p row's binding's columns when they belong to @p program and fit the row, else null.
    static const std::vector<filter::BoundColumn> *columnsFor(const filter::Program &program,
                                                              const FilterRowContext &row);
};

} // namespace shuriken
