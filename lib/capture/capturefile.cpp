#include "capturefile.h"

#include "capturecodec.h"
#include "gzipstream.h"
#include "harformat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstring>
#include <limits>

namespace shuriken::capture {

namespace {

// Records collect in memory and go to the device in pieces of this size: one write() (and, for
// gzip, one deflate() call) per 64 KiB instead of one per record.
constexpr qsizetype kWriteChunk = 64 * 1024;
// gzip level 1. Deflating 1,000,000 swap frames (453 bytes each) cost per frame 1.08 µs at
// level 1 (20.3:1), 1.09 µs at 2 (21.0:1), 1.21 µs at 3 (21.5:1), 2.58 µs at 6 (25.6:1): the
// plain writer's own cost is about 1.2 µs, so level 6 would triple a recording's CPU for files
// a fifth smaller. (docs/capture-format.md has the figures.)
constexpr int kGzipLevel = 1;

constexpr qsizetype kReadChunk = 256 * 1024;
// A record longer than this is not one the writer made (frames are kilobytes, catalogs and HTTP
// bodies at most megabytes): the reader stops instead of buffering a file without line ends.
constexpr qsizetype kMaxRecordBytes = 64 * 1024 * 1024;
// How much of a file's start HAR detection looks at.
constexpr qsizetype kHeadBytes = 4096;

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

QString nativeName(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CaptureWriter

struct CaptureWriter::Private
{
    QIODevice *device = nullptr;
    std::unique_ptr<QFile> ownedFile;
    Compression compression = Compression::None;
    detail::GzipDeflater deflater;
    QByteArray pending; // records not yet on the device (gzip: not yet compressed)
    QByteArray compressed; // deflate's output, reused
    qint64 bytesWritten = 0;
    QString error;
    bool failed = false;

    bool writeToDevice(QByteArrayView bytes)
    {
        while (!bytes.isEmpty()) {
            const qint64 written = device->write(bytes.data(), bytes.size());
            if (written <= 0) {
                failed = true;
                error = device->errorString();
                return false;
            }
            bytesWritten += written;
            bytes = bytes.sliced(written);
        }
        return true;
    }

    /// Hands the pending records to the device; @p flush is zlib's flush mode for gzip.
    bool drain(int flush)
    {
        if (failed)
            return false;
        // resize(0), not clear(): the buffers keep their memory for the next records.
        if (compression == Compression::None) {
            const bool ok = writeToDevice(pending);
            pending.resize(0);
            return ok;
        }
        compressed.resize(0);
        const bool ok = deflater.compress(pending, flush, &compressed);
        pending.resize(0);
        if (!ok) {
            failed = true;
            error = CaptureWriter::tr("The compressor failed.");
            return false;
        }
        return writeToDevice(compressed);
    }

    bool flushDevice()
    {
        if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush()) {
            failed = true;
            error = file->errorString();
        }
        return !failed;
    }
};

CaptureWriter::Compression CaptureWriter::compressionFor(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? Compression::Gzip : Compression::None;
}

CaptureWriter::CaptureWriter()
    : d(std::make_unique<Private>())
{ }

CaptureWriter::~CaptureWriter()
{
    close();
}

bool CaptureWriter::open(const QString &fileName, const CaptureHeader &header)
{
    close();
    // The real file, not a QSaveFile: --record must leave a readable file when it is killed.
    // Unbuffered, because the writer buffers itself and flush() must reach the file.
    auto file = std::make_unique<QFile>(fileName);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        d->error = tr("Cannot write %1: %2").arg(nativeName(fileName), file->errorString());
        return false;
    }
    d->ownedFile = std::move(file);
    if (!open(d->ownedFile.get(), header, compressionFor(fileName))) {
        d->ownedFile.reset();
        return false;
    }
    return true;
}

bool CaptureWriter::open(QIODevice *device, const CaptureHeader &header, Compression compression)
{
    if (d->device)
        close();
    d->error.clear();
    d->failed = false;
    d->bytesWritten = 0;
    d->pending.clear();
    if (!device || !device->isWritable()) {
        d->error = tr("The capture cannot be written: the device is not open for writing.");
        return false;
    }
    if (compression == Compression::Gzip && !d->deflater.begin(kGzipLevel)) {
        d->error = tr("The compressor failed.");
        return false;
    }
    d->device = device;
    d->compression = compression;
    d->pending.reserve(kWriteChunk + 16 * 1024);
    detail::appendHeaderRecord(d->pending, header);
    // The header goes out at once: a recording killed a moment later is still a capture.
    return flush();
}

bool CaptureWriter::isOpen() const
{
    return d->device != nullptr;
}

bool CaptureWriter::write(const CaptureEntry &entry)
{
    if (!d->device || d->failed)
        return false;
    detail::appendEntryRecord(d->pending, entry);
    if (d->pending.size() >= kWriteChunk)
        return d->drain(Z_NO_FLUSH);
    return true;
}

bool CaptureWriter::write(const pusher::FrameView &frame)
{
    if (!d->device || d->failed)
        return false;
    detail::appendFrameRecord(d->pending, frame);
    if (d->pending.size() >= kWriteChunk)
        return d->drain(Z_NO_FLUSH);
    return true;
}

bool CaptureWriter::flush()
{
    if (!d->device)
        return false;
    return d->drain(Z_SYNC_FLUSH) && d->flushDevice();
}

bool CaptureWriter::close()
{
    if (!d->device)
        return !d->failed;
    bool ok = d->drain(Z_FINISH) && d->flushDevice();
    d->deflater.end();
    if (d->ownedFile) {
        d->ownedFile->close();
        if (ok && d->ownedFile->error() != QFileDevice::NoError) {
            d->error = d->ownedFile->errorString();
            d->failed = true;
            ok = false;
        }
        d->ownedFile.reset();
    }
    d->device = nullptr;
    return ok;
}

QString CaptureWriter::errorString() const
{
    return d->error;
}

qint64 CaptureWriter::bytesWritten() const
{
    return d->bytesWritten;
}

// ---------------------------------------------------------------------------------------------
// CaptureReader

struct CaptureReader::Private
{
    enum class Line
    {
        Complete, // a line and its '\n'
        Last, // the bytes after the last '\n' (no line end: the file was cut, or hand-edited)
        End,
        Error,
    };

    QIODevice *device = nullptr;
    std::unique_ptr<QFile> ownedFile;
    bool gzip = false;
    detail::GzipInflater inflater;
    QByteArray raw; // compressed bytes not inflated yet
    bool rawEnded = false;
    QByteArray buffer; // the file's text (decompressed)
    qsizetype pos = 0; // where the next line starts in buffer
    qsizetype scanned = 0; // bytes after pos known to hold no '\n'
    bool sourceEnded = false;
    bool streamCut = false; // gzip without its end
    QString sourceError;
    qint64 deviceBytes = 0;
    qint64 lineNumber = 0;

    CaptureHeader header;
    detail::Record record;
    int skipped = 0;
    qint64 cutBytes = 0;
    QString error;
    std::optional<Status> finalStatus;

    void reset()
    {
        device = nullptr;
        gzip = false;
        raw.clear();
        rawEnded = false;
        buffer.clear();
        pos = scanned = 0;
        sourceEnded = streamCut = false;
        sourceError.clear();
        deviceBytes = lineNumber = 0;
        header = CaptureHeader();
        skipped = 0;
        cutBytes = 0;
        error.clear();
        finalStatus.reset();
    }

    /// Appends up to @p maximum bytes of the device to @p target; false at its end or on error.
    bool readDevice(QByteArray &target, qsizetype maximum)
    {
        const qsizetype start = target.size();
        target.resize(start + maximum);
        const qint64 count = device->read(target.data() + start, maximum);
        target.resize(start + std::max<qint64>(count, 0));
        if (count < 0) {
            sourceError = device->errorString();
            return false;
        }
        deviceBytes += count;
        return count > 0;
    }

    /// More text into buffer; sets sourceEnded or sourceError when there is none.
    void fill()
    {
        // Lines already read are dropped once they are most of the buffer.
        if (pos > 0 && pos >= buffer.size() / 2) {
            buffer.remove(0, pos);
            pos = 0;
        }
        if (!gzip) {
            if (!readDevice(buffer, kReadChunk) && sourceError.isEmpty())
                sourceEnded = true;
            return;
        }
        for (;;) {
            if (raw.isEmpty() && !rawEnded && !readDevice(raw, kReadChunk)) {
                rawEnded = true;
                if (!sourceError.isEmpty())
                    return;
            }
            const qsizetype before = buffer.size();
            qsizetype consumed = 0;
            const auto status = inflater.inflate(raw, &buffer, &consumed, kReadChunk);
            raw.remove(0, consumed);
            if (status == detail::GzipInflater::Status::Error) {
                sourceError = CaptureReader::tr("the compressed data is damaged (%1)").arg(inflater.errorString());
                return;
            }
            if (buffer.size() > before)
                return;
            if (consumed > 0)
                continue;
            // No progress with what there is: more input, or the end.
            if (!rawEnded && readDevice(raw, kReadChunk))
                continue;
            rawEnded = true;
            if (!sourceError.isEmpty())
                return;
            sourceEnded = true;
            if (!raw.isEmpty() && inflater.isComplete()) {
                sourceError = CaptureReader::tr("unexpected data after the compressed stream");
                return;
            }
            streamCut = !inflater.isComplete();
            return;
        }
    }

    Line nextLine(QByteArrayView *line)
    {
        for (;;) {
            const char *data = buffer.constData();
            const qsizetype from = pos + scanned;
            if (const void *newline = std::memchr(data + from, '\n', static_cast<std::size_t>(buffer.size() - from))) {
                const qsizetype end = static_cast<const char *>(newline) - data;
                *line = QByteArrayView(data + pos, end - pos);
                pos = end + 1;
                scanned = 0;
                ++lineNumber;
                return Line::Complete;
            }
            scanned = buffer.size() - pos;
            if (scanned > kMaxRecordBytes) {
                sourceError
                    = CaptureReader::tr("line %1 is longer than %2 MiB").arg(lineNumber + 1).arg(kMaxRecordBytes >> 20);
                return Line::Error;
            }
            if (!sourceError.isEmpty())
                return Line::Error;
            if (sourceEnded) {
                if (scanned == 0)
                    return Line::End;
                *line = QByteArrayView(data + pos, scanned);
                pos = buffer.size();
                scanned = 0;
                ++lineNumber;
                return Line::Last;
            }
            fill();
        }
    }

    bool parse(QByteArrayView line, QString *why) { return record.parseFast(line) || record.parseSlow(line, why); }

    Status finish(Status status)
    {
        finalStatus = status;
        return status;
    }

    bool readHeader();
};

bool CaptureReader::Private::readHeader()
{
    fill();
    const QByteArray head = buffer.first(std::min(buffer.size(), kHeadBytes));
    const QString notCapture = CaptureReader::tr("This is not a Shuriken capture file.");
    QByteArrayView line;
    Line kind = Line::End;
    do {
        kind = nextLine(&line);
    } while ((kind == Line::Complete || kind == Line::Last) && isBlank(line));
    if (kind == Line::End) {
        error = CaptureReader::tr("This is not a Shuriken capture file (it is empty).");
        return false;
    }
    if (kind == Line::Error) {
        error = CaptureReader::tr("This is not a Shuriken capture file (%1).").arg(sourceError);
        return false;
    }
    if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3); // a byte order mark an editor added
    QString why;
    const bool parsed = parse(line, &why);
    const bool isHeader = parsed && record.stringEquals("type", "header");
    if (!isHeader || !record.stringEquals("format", FormatName)) {
        if (HarFormat::looksLikeHar(head))
            error = CaptureReader::tr("This is a HAR document, not a Shuriken capture file.");
        else if (kind == Line::Last && line.startsWith("{\"type\":\"header\""))
            error
                = CaptureReader::tr("The capture file ends inside its header: it was cut while it was being written.");
        else
            error = notCapture;
        return false;
    }
    const std::optional<qint64> version = record.integer("version");
    if (!version || *version < 1) {
        error = CaptureReader::tr("This is not a Shuriken capture file (its header has no valid format version).");
        return false;
    }
    if (*version > FormatVersion) {
        error = CaptureReader::tr(
                    "This capture was written by a newer version (format %1); this build reads format %2 and older.")
                    .arg(*version)
                    .arg(FormatVersion);
        return false;
    }
    CaptureEntry unused;
    detail::decodeRecord(record, &unused, &header, &why);
    return true;
}

CaptureReader::CaptureReader()
    : d(std::make_unique<Private>())
{ }

CaptureReader::~CaptureReader() = default;

bool CaptureReader::open(const QString &fileName)
{
    auto file = std::make_unique<QFile>(fileName);
    if (!file->open(QIODevice::ReadOnly)) {
        d->reset();
        d->ownedFile.reset();
        d->error = tr("Cannot open %1: %2").arg(nativeName(fileName), file->errorString());
        d->finalStatus = Status::Error;
        return false;
    }
    QFile *device = file.get();
    const bool ok = open(device);
    d->ownedFile = std::move(file);
    return ok;
}

bool CaptureReader::open(QIODevice *device)
{
    d->reset();
    d->ownedFile.reset();
    if (!device || !device->isReadable()) {
        d->error = tr("The capture cannot be read: the device is not open for reading.");
        d->finalStatus = Status::Error;
        return false;
    }
    d->device = device;
    char magic[2];
    d->gzip = device->peek(magic, 2) == 2 && detail::startsWithGzipMagic(QByteArrayView(magic, 2));
    if (d->gzip && !d->inflater.begin()) {
        d->error = d->inflater.errorString();
        d->finalStatus = Status::Error;
        return false;
    }
    if (!d->readHeader()) {
        d->finalStatus = Status::Error;
        return false;
    }
    return true;
}

const CaptureHeader &CaptureReader::header() const
{
    return d->header;
}

CaptureReader::Status CaptureReader::readNext(CaptureEntry *entry)
{
    if (d->finalStatus)
        return *d->finalStatus;
    for (;;) {
        QByteArrayView line;
        const Private::Line kind = d->nextLine(&line);
        switch (kind) {
        case Private::Line::End:
            // A gzip stream without its end but cut exactly after a record: nothing of a record
            // was lost that the reader could see, yet the file did not end properly.
            return d->finish(d->streamCut ? Status::Truncated : Status::End);
        case Private::Line::Error:
            d->error = tr("The capture is damaged after line %1: %2.").arg(d->lineNumber).arg(d->sourceError);
            return d->finish(Status::Error);
        case Private::Line::Last:
        case Private::Line::Complete:
            break;
        }
        if (isBlank(line))
            continue;
        QString why;
        if (!d->parse(line, &why)) {
            // Without its '\n' the last line is a record the writer did not finish: a proper
            // prefix of a JSON object is never a whole one, so a cut record cannot pass as valid.
            if (kind == Private::Line::Last) {
                d->cutBytes = line.size();
                return d->finish(Status::Truncated);
            }
            d->error = tr("Line %1 is not a valid record: %2.").arg(d->lineNumber).arg(why);
            return d->finish(Status::Error);
        }
        switch (detail::decodeRecord(d->record, entry, nullptr, &why)) {
        case detail::RecordKind::Entry:
            return Status::Entry;
        case detail::RecordKind::Header: // another capture appended to this one (cat a b)
        case detail::RecordKind::Unknown:
            ++d->skipped;
            continue;
        case detail::RecordKind::Malformed:
            d->error = tr("Line %1 is not a valid record: %2.").arg(d->lineNumber).arg(why);
            return d->finish(Status::Error);
        }
    }
}

int CaptureReader::skippedRecords() const
{
    return d->skipped;
}

qint64 CaptureReader::cutBytes() const
{
    return d->cutBytes;
}

qint64 CaptureReader::position() const
{
    if (!d->device)
        return 0;
    if (d->gzip)
        return d->deviceBytes - d->raw.size();
    return d->deviceBytes - (d->buffer.size() - d->pos);
}

qint64 CaptureReader::size() const
{
    return d->device && !d->device->isSequential() ? d->device->size() : 0;
}

QString CaptureReader::errorString() const
{
    return d->error;
}

// ---------------------------------------------------------------------------------------------
// Whole files

bool readEntries(CaptureReader &reader, const std::function<bool(CaptureEntry &entry)> &take,
                 CaptureFileContents *contents)
{
    CaptureEntry entry;
    for (bool more = true; more;) {
        switch (reader.readNext(&entry)) {
        case CaptureReader::Status::Entry:
            if (!take(entry))
                return false;
            break;
        case CaptureReader::Status::End:
            more = false;
            break;
        case CaptureReader::Status::Truncated:
            contents->cutBytes = reader.cutBytes();
            if (contents->cutBytes == 0) {
                contents->warnings.append(
                    CaptureReader::tr("The compressed file has no proper end (it is still being written, or its "
                                      "writer was stopped); it was read up to the last complete record."));
                more = false;
                break;
            }
            contents->warnings.append(CaptureReader::tr(
                "The file ends inside a record (it was cut while being written); it was read up "
                "to the last complete record, %n byte(s) after it were left out.",
                nullptr, static_cast<int>(std::min<qint64>(reader.cutBytes(), std::numeric_limits<int>::max()))));
            more = false;
            break;
        case CaptureReader::Status::Error:
            contents->warnings.append(
                CaptureReader::tr("%1 It was read up to there.", "the reason").arg(reader.errorString()));
            more = false;
            break;
        }
    }
    contents->skippedRecords = reader.skippedRecords();
    if (contents->skippedRecords > 0) {
        contents->warnings.append(CaptureReader::tr("%n record(s) of a kind this version does not know were skipped.",
                                                    nullptr, contents->skippedRecords));
    }
    return true;
}

std::optional<CaptureFileContents> readCaptureFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CaptureReader::tr("Cannot open %1: %2").arg(nativeName(fileName), file.errorString());
        return std::nullopt;
    }
    // HAR or native: decided on the first bytes of the text, decompressed if need be.
    const QByteArray start = file.peek(kReadChunk);
    QByteArray head = start.first(std::min(start.size(), kHeadBytes));
    const bool gzip = detail::startsWithGzipMagic(start);
    if (gzip) {
        detail::GzipInflater inflater;
        qsizetype consumed = 0;
        head.clear();
        if (inflater.begin())
            inflater.inflate(start, &head, &consumed, kHeadBytes);
    }

    CaptureFileContents contents;
    if (HarFormat::looksLikeHar(head)) {
        QByteArray json = file.readAll();
        if (gzip) {
            QByteArray text;
            QString why;
            if (!detail::gunzip(json, &text, &why)) {
                *error = CaptureReader::tr("Cannot read %1: %2").arg(nativeName(fileName), why);
                return std::nullopt;
            }
            json = std::move(text);
        }
        std::optional<Capture> capture = HarFormat::fromHar(json, error, &contents.warnings);
        if (!capture)
            return std::nullopt;
        contents.capture = std::move(*capture);
        contents.kind = CaptureFileContents::Kind::Har;
        return contents;
    }

    CaptureReader reader;
    if (!reader.open(&file)) {
        *error = reader.errorString();
        return std::nullopt;
    }
    contents.capture.header = reader.header();
    // The list would grow by moving every entry so far (each a variant of about 300 bytes). One
    // slot per 300 bytes of text (gzip shrinks a capture about 20 times) reserves about what the
    // text itself takes, and took reading 1,000,000 frames from 6.0 s to 3.8 s (1.0 GB to 850 MB).
    const qint64 textEstimate = gzip ? file.size() * 20 : file.size();
    contents.capture.entries.reserve(static_cast<qsizetype>(std::min<qint64>(textEstimate / 300, 20'000'000)));
    readEntries(
        reader,
        [&contents](CaptureEntry &entry) {
            contents.capture.entries.append(std::move(entry));
            return true;
        },
        &contents);
    return contents;
}

bool writeCaptureFile(const QString &fileName, const Capture &capture, QString *error)
{
    // All at once, so the file is replaced atomically: an interrupted save keeps the old file.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = CaptureWriter::tr("Cannot write %1: %2").arg(nativeName(fileName), file.errorString());
        return false;
    }
    CaptureWriter writer;
    bool ok = writer.open(&file, capture.header, CaptureWriter::compressionFor(fileName));
    for (qsizetype i = 0; ok && i < capture.entries.size(); ++i)
        ok = writer.write(capture.entries.at(i));
    ok = writer.close() && ok;
    if (!ok) {
        *error = CaptureWriter::tr("Cannot write %1: %2").arg(nativeName(fileName), writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = CaptureWriter::tr("Cannot write %1: %2").arg(nativeName(fileName), file.errorString());
        return false;
    }
    return true;
}

} // namespace shuriken::capture
