#pragma once

// The native capture format's records (docs/capture-format.md) to and from bytes. Private to
// lib/capture: CaptureWriter and CaptureReader are its users.

#include "capturejson.h"
#include "capturerecord.h"
#include "framerecord.h"

#include <QJsonObject>

namespace shuriken::capture::detail {

/// The header record and one record per entry, each a JSON object and a '\n'. Cheap: appended
/// into @p out with appendJsonString(), no QJsonDocument (CaptureWriter runs for every frame).
void appendHeaderRecord(QByteArray &out, const CaptureHeader &header);
void appendEntryRecord(QByteArray &out, const CaptureEntry &entry);
/// A frame's record from a view of it (what appendEntryRecord() writes for a FrameEntry).
void appendFrameRecord(QByteArray &out, const pusher::FrameView &frame);
pusher::FrameView frameView(const FrameEntry &frame);

/// What a record holds.
enum class RecordKind
{
    Header,
    Entry,
    Unknown, // a type this version does not know: skipped and counted
    Malformed, // a known type with a missing or wrong member
};

/// Decodes @p record into @p entry, or into @p header (when not null) for a header record;
/// @p why says what is wrong with a malformed one (translated).
RecordKind decodeRecord(const Record &record, CaptureEntry *entry, CaptureHeader *header, QString *why);

/// ApiError::kindName() read back; nullopt for a name this build does not know.
std::optional<ApiError::Kind> apiErrorKindFromName(const QString &name);
/// An ApiError as a JSON object: the `error` of an http record, HAR's `_shurikenError`.
void appendApiError(QByteArray &out, const ApiError &error);
/// The reverse; an unknown kind reads as Network (its message still says what happened).
ApiError apiErrorFromJson(const QJsonObject &object);

/// @p headers as a JSON array of {"name": ..., "value": ...} objects (HAR's form too).
void appendHeaderArray(QByteArray &out, const HttpHeaderList &headers);
HttpHeaderList headersFromJson(const QJsonValue &value);

} // namespace shuriken::capture::detail
