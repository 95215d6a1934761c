#include "jsontext.h"
#include "jsonwriter.h"

#include "pusherprotocol.h"

#include <charconv>
#include <cmath>

namespace shuriken::sim {

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (m_hasValue[m_depth])
            m_out.append(',');
        m_hasValue[m_depth] = true;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    ++m_depth;
    Q_ASSERT(m_depth < int(m_hasValue.size()));
    m_hasValue[m_depth] = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    --m_depth;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    ++m_depth;
    Q_ASSERT(m_depth < int(m_hasValue.size()));
    m_hasValue[m_depth] = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    --m_depth;
}

void JsonWriter::key(QByteArrayView name)
{
    beforeValue();
    appendJsonString(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::string(QByteArrayView text)
{
    beforeValue();
    appendJsonString(m_out, text);
}

void JsonWriter::string(const QString &text)
{
    beforeValue();
    appendJsonString(m_out, QStringView(text));
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::unsignedInteger(quint64 value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::floating(double value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        // JSON has no NaN or infinity; a generator bug must not produce an unparsable payload.
        m_out.append("0.0");
        return;
    }
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    const QByteArrayView text(buffer, result.ptr - buffer);
    m_out.append(text);
    if (!text.contains('.') && !text.contains('e'))
        m_out.append(".0");
}

void JsonWriter::decimalString(double value, int decimals)
{
    beforeValue();
    if (!std::isfinite(value))
        value = 0.0;
    char buffer[64];
    m_out.append('"');
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (result.ec == std::errc())
        m_out.append(buffer, result.ptr - buffer);
    else
        m_out.append('0');
    m_out.append('"');
}

void JsonWriter::decimalString(quint64 value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append('"');
    m_out.append(buffer, result.ptr - buffer);
    m_out.append('"');
}

} // namespace shuriken::sim
