#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace shuriken::sim {

/// Appends compact JSON to a QByteArray in the order the fields are written. The generators
/// use it instead of QJsonObject because it keeps the field order of the protocol tables, is
/// several times faster, and writes 64-bit integers exactly.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// Starts a member; the next value call writes its value.
    void key(QByteArrayView name);

    void string(QByteArrayView text);
    void string(const QByteArray &text) { string(QByteArrayView(text)); }
    void string(const char *text) { string(QByteArrayView(text)); }
    void string(const QString &text);
    void integer(qint64 value);
    void unsignedInteger(quint64 value);
    void boolean(bool value);
    void null();
    /// A JSON float in shortest round-trip form, always with a fraction or exponent so a reader
    /// sees a float even for whole values.
    void floating(double value);
    /// A decimal number as a JSON string ("dec-str"), with @p decimals fraction digits.
    void decimalString(double value, int decimals);
    /// A decimal string of an integer amount of raw units ("12345").
    void decimalString(quint64 value);

    // Members in one call.
    void field(QByteArrayView name, QByteArrayView text)
    {
        key(name);
        string(text);
    }
    void fieldInt(QByteArrayView name, qint64 value)
    {
        key(name);
        integer(value);
    }
    void fieldUInt(QByteArrayView name, quint64 value)
    {
        key(name);
        unsignedInteger(value);
    }
    void fieldBool(QByteArrayView name, bool value)
    {
        key(name);
        boolean(value);
    }
    void fieldFloat(QByteArrayView name, double value)
    {
        key(name);
        floating(value);
    }
    void fieldDecimal(QByteArrayView name, double value, int decimals)
    {
        key(name);
        decimalString(value, decimals);
    }

private:
    void beforeValue();

    QByteArray &m_out;
    // One "a value was already written at this level" flag per nesting level.
    std::array<bool, 32> m_hasValue {};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace shuriken::sim
