#include "gzipstream.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace shuriken::capture::detail {

namespace {

// zlib counts in uInt: hand it at most this much at a time.
constexpr qsizetype kMaxZlibChunk = qsizetype(1) << 30;
constexpr qsizetype kOutputStep = 64 * 1024;
// windowBits 15 (32 KiB) + 16: a gzip wrapper instead of zlib's own.
constexpr int kGzipWindowBits = 15 + 16;

QString zlibMessage(const z_stream &stream, int result)
{
    if (stream.msg)
        return QString::fromLatin1(stream.msg);
    return QCoreApplication::translate("CaptureReader", "zlib error %1").arg(result);
}

} // namespace

bool startsWithGzipMagic(QByteArrayView head)
{
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f
        && static_cast<unsigned char>(head[1]) == 0x8b;
}

GzipDeflater::~GzipDeflater()
{
    end();
}

bool GzipDeflater::begin(int level)
{
    end();
    m_stream = z_stream {};
    m_active = deflateInit2(&m_stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    return m_active;
}

bool GzipDeflater::compress(QByteArrayView input, int flush, QByteArray *out)
{
    if (!m_active)
        return false;
    qsizetype offset = 0;
    do {
        const qsizetype piece = std::min(input.size() - offset, kMaxZlibChunk);
        // Only the last piece carries the flush.
        const int pieceFlush = offset + piece == input.size() ? flush : Z_NO_FLUSH;
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data() + offset));
        m_stream.avail_in = static_cast<uInt>(piece);
        int result = Z_OK;
        do {
            const qsizetype start = out->size();
            const qsizetype room = std::max<qsizetype>(kOutputStep, piece / 2);
            out->resize(start + room);
            m_stream.next_out = reinterpret_cast<Bytef *>(out->data() + start);
            m_stream.avail_out = static_cast<uInt>(room);
            result = deflate(&m_stream, pieceFlush);
            out->resize(start + room - static_cast<qsizetype>(m_stream.avail_out));
            if (result == Z_STREAM_ERROR)
                return false;
            // zlib is done with a flush when it leaves output room unused (Z_FINISH: at the end).
        } while (m_stream.avail_out == 0 || (pieceFlush == Z_FINISH && result != Z_STREAM_END));
        offset += piece;
    } while (offset < input.size());
    return true;
}

void GzipDeflater::end()
{
    if (m_active)
        deflateEnd(&m_stream);
    m_active = false;
}

GzipInflater::~GzipInflater()
{
    end();
}

bool GzipInflater::begin()
{
    end();
    m_stream = z_stream {};
    m_active = inflateInit2(&m_stream, kGzipWindowBits) == Z_OK;
    m_inMember = false;
    m_membersEnded = 0;
    m_error.clear();
    if (!m_active)
        m_error = QCoreApplication::translate("CaptureReader", "zlib could not start");
    return m_active;
}

GzipInflater::Status GzipInflater::inflate(QByteArrayView input, QByteArray *out, qsizetype *consumed,
                                           qsizetype maxOutput)
{
    *consumed = 0;
    if (!m_active)
        return Status::Error;
    const qsizetype outputStart = out->size();
    while (*consumed < input.size()) {
        if (!m_inMember) {
            // Between members: another one must begin with the magic bytes; anything else is not
            // part of a gzip stream.
            const QByteArrayView rest = input.sliced(*consumed);
            if (rest.size() < 2 && static_cast<unsigned char>(rest[0]) == 0x1f)
                return Status::Ok; // the second magic byte may come with more input
            if (!startsWithGzipMagic(rest)) {
                m_error = m_membersEnded > 0
                    ? QCoreApplication::translate("CaptureReader", "unexpected data after the compressed stream")
                    : QCoreApplication::translate("CaptureReader", "not gzip data");
                return Status::Error;
            }
            if (m_membersEnded > 0 && inflateReset(&m_stream) != Z_OK) {
                m_error = QCoreApplication::translate("CaptureReader", "zlib could not start");
                return Status::Error;
            }
            m_inMember = true;
        }
        const qsizetype piece = std::min(input.size() - *consumed, kMaxZlibChunk);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data() + *consumed));
        m_stream.avail_in = static_cast<uInt>(piece);
        const qsizetype start = out->size();
        out->resize(start + kOutputStep);
        m_stream.next_out = reinterpret_cast<Bytef *>(out->data() + start);
        m_stream.avail_out = static_cast<uInt>(kOutputStep);
        const int result = ::inflate(&m_stream, Z_NO_FLUSH);
        out->resize(start + kOutputStep - static_cast<qsizetype>(m_stream.avail_out));
        *consumed += piece - static_cast<qsizetype>(m_stream.avail_in);
        switch (result) {
        case Z_STREAM_END:
            m_inMember = false;
            ++m_membersEnded;
            break;
        case Z_OK:
            break;
        case Z_BUF_ERROR:
            // No progress was possible: zlib needs more input than there is.
            return Status::Ok;
        default:
            m_error = zlibMessage(m_stream, result);
            return Status::Error;
        }
        if (out->size() - outputStart >= maxOutput)
            return *consumed < input.size() ? Status::OutputFull : Status::Ok;
    }
    return Status::Ok;
}

void GzipInflater::end()
{
    if (m_active)
        inflateEnd(&m_stream);
    m_active = false;
}

bool gunzip(QByteArrayView compressed, QByteArray *out, QString *error)
{
    GzipInflater inflater;
    if (!inflater.begin()) {
        *error = inflater.errorString();
        return false;
    }
    qsizetype offset = 0;
    for (;;) {
        qsizetype consumed = 0;
        const auto status
            = inflater.inflate(compressed.sliced(offset), out, &consumed, std::numeric_limits<qsizetype>::max());
        offset += consumed;
        if (status == GzipInflater::Status::Error) {
            *error = inflater.errorString();
            return false;
        }
        if (status == GzipInflater::Status::Ok)
            break;
    }
    if (offset < compressed.size() || !inflater.isComplete()) {
        *error = QCoreApplication::translate("CaptureReader", "the compressed data ends early");
        return false;
    }
    return true;
}

} // namespace shuriken::capture::detail
