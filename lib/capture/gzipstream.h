#pragma once

// gzip (RFC 1952) through zlib for capture files, in pieces: CaptureWriter compresses records as
// they come and sync-flushes on flush(); CaptureReader decompresses a chunk at a time and can
// tell a stream that was cut (a writer killed mid-write) from one that is damaged. Private to
// lib/capture.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <zlib.h>

namespace shuriken::capture::detail {

/// `gzip` magic bytes: how a reader recognises a compressed file whatever its name.
bool startsWithGzipMagic(QByteArrayView head);

class GzipDeflater
{
public:
    GzipDeflater() = default;
    ~GzipDeflater();
    GzipDeflater(const GzipDeflater &) = delete;
    GzipDeflater &operator=(const GzipDeflater &) = delete;

    bool begin(int level);
    /// Compresses @p input and appends what zlib produces to @p out. @p flush is Z_NO_FLUSH,
    /// Z_SYNC_FLUSH (everything so far becomes decodable) or Z_FINISH (writes the gzip trailer).
    bool compress(QByteArrayView input, int flush, QByteArray *out);
    void end();
    bool isActive() const { return m_active; }

private:
    z_stream m_stream {};
    bool m_active = false;
};

class GzipInflater
{
public:
    enum class Status
    {
        Ok, // all it could do with the input (more input may give more output)
        OutputFull, // stopped after about maxOutput bytes: call again with the rest of the input
        Error, // the data is not gzip or is damaged: errorString()
    };

    GzipInflater() = default;
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    bool begin();
    /// Decompresses from @p input (setting @p consumed) and appends to @p out, at most about
    /// @p maxOutput bytes per call so that a small file cannot expand into all of memory at once.
    /// Concatenated gzip members are read one after the other, as zcat does.
    Status inflate(QByteArrayView input, QByteArray *out, qsizetype *consumed, qsizetype maxOutput);
    /// Whether the last member ended with its trailer and nothing began after it: false for a
    /// stream that was cut.
    bool isComplete() const { return m_membersEnded > 0 && !m_inMember; }
    QString errorString() const { return m_error; }
    void end();

private:
    z_stream m_stream {};
    bool m_active = false;
    bool m_inMember = false;
    int m_membersEnded = 0;
    QString m_error;
};

/// A whole gzip stream decompressed (HAR files are read at once). False with @p error for data
/// that is damaged or cut.
bool gunzip(QByteArrayView compressed, QByteArray *out, QString *error);

} // namespace shuriken::capture::detail
