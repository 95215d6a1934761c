#include "displayfilter.h"

#include "columnschema.h"
#include "filterevaluator_p.h"
#include "filterlexer_p.h"
#include "filterparser_p.h"
#include "paddedpayload.h"
#include "streamevent.h"

#include <algorithm>

namespace shuriken {

FilterBinding::FilterBinding() = default;
FilterBinding::~FilterBinding() = default;
FilterBinding::FilterBinding(const FilterBinding &) = default;
FilterBinding &FilterBinding::operator=(const FilterBinding &) = default;
FilterBinding::FilterBinding(FilterBinding &&) noexcept = default;
FilterBinding &FilterBinding::operator=(FilterBinding &&) noexcept = default;

bool FilterBinding::readsCells() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [](const filter::BoundColumn &bound) { return bound.column >= 0; });
}

FilterRowContext FilterRowContext::fromEvent(const StreamEvent &event, const FilterBinding *binding)
{
    FilterRowContext context;
    context.payload = event.payload;
    context.payloadPadded = hasPayloadPadding(event.payload);
    context.stream = event.stream;
    context.channel = event.channel;
    context.event = event.event;
    context.receivedAtUs = event.receivedAtUs;
    context.seq = event.seq;
    context.row = event.view();
    if (context.row.hasEventTime)
        context.latencyMs = context.row.latencyMs();
    if (binding && event.row.isFor(binding->schemaId(), binding->cellCount()))
        context.binding = binding;
    return context;
}

DisplayFilter::DisplayFilter() = default;
DisplayFilter::~DisplayFilter() = default;
DisplayFilter::DisplayFilter(const DisplayFilter &) = default;
DisplayFilter &DisplayFilter::operator=(const DisplayFilter &) = default;
DisplayFilter::DisplayFilter(DisplayFilter &&) noexcept = default;
DisplayFilter &DisplayFilter::operator=(DisplayFilter &&) noexcept = default;

DisplayFilter DisplayFilter::parse(const QString &text, FilterError *error)
{
    DisplayFilter filter;
    filter.m_program = filter::parseProgram(text, error);
    return filter;
}

QString DisplayFilter::text() const
{
    return m_program ? m_program->text : QString();
}

bool DisplayFilter::matches(const FilterRowContext &row) const
{
    return m_program && FilterEvaluator::matches(*m_program, row);
}

qsizetype DisplayFilter::matchRows(std::span<const FilterRowContext> rows, std::span<bool> results) const
{
    if (!m_program) {
        std::fill(results.begin(), results.end(), false);
        return 0;
    }
    return FilterEvaluator::matchRows(*m_program, rows, results);
}

std::optional<double> DisplayFilter::numberOf(const FilterRowContext &row) const
{
    if (!m_program)
        return std::nullopt;
    return FilterEvaluator::numberOf(*m_program, row);
}

FilterCellValue DisplayFilter::cellValueOf(const FilterRowContext &row) const
{
    if (!m_program)
        return {};
    return FilterEvaluator::cellValueOf(*m_program, row);
}

bool DisplayFilter::isValue() const
{
    return m_program && m_program->nodes[size_t(m_program->root)].kind == filter::NodeKind::Truthy;
}

FilterBinding DisplayFilter::bind(const StreamSchema &schema) const
{
    FilterBinding binding;
    binding.m_schemaId = schema.streamId.toUtf8();
    binding.m_cellCount = int(schema.columns.size());
    if (m_program) {
        binding.m_program = m_program;
        FilterEvaluator::bindColumns(*m_program, schema, binding);
    }
    return binding;
}

bool DisplayFilter::readsPayload() const
{
    return m_program && m_program->readsPayload;
}

bool DisplayFilter::readsLatency() const
{
    return m_program && m_program->readsLatency;
}

QString DisplayFilter::stringLiteral(const QString &text)
{
    return filter::stringLiteral(text);
}

QString DisplayFilter::memberStep(const QString &key, bool first)
{
    if (!filter::isName(key))
        return u'[' + filter::stringLiteral(key) + u']';
    if (!first)
        return u'.' + key;
    return filter::isReservedName(key) ? QStringLiteral("payload.") + key : key;
}

quint64 DisplayFilter::payloadParsesOnThisThread()
{
    return FilterEvaluator::parsesOnThisThread();
}

} // namespace shuriken
