#pragma once

#include "DataStreams.h"

namespace daas::emulator {

// A ZIP archive laid out as java.util.zip.ZipOutputStream writes one for IDS (IdsBean.SO.write: one
// `new ZipEntry(name)` per datafile, `setLevel(0)` unless compress=true), written here from the format and
// never with an archive library, so that the client's extractor is checked against the server's shape:
// - every entry DEFLATED (method 8; at level 0 the deflate stream is made of stored blocks), general purpose
//   bits 3 (sizes and CRC-32 follow the data in a data descriptor, the local header has zeros) and 11
//   (UTF-8 names), version 20;
// - the data descriptor with its signature, 8-byte sizes once an entry reaches 4 GiB;
// - ZIP64 where Java switches to it: an entry's size or offset at 0xFFFFFFFF or more gets a ZIP64 extra
//   field in the central directory (version 45), and 65,535 entries or more, or a central directory past
//   4 GiB, add the ZIP64 end record and locator with 0xFFFF/0xFFFFFFFF in the classic end record.
// The parts are computed, not buffered (level 0): a Range offset into a many-GiB archive costs nothing.
// With compress=true entries are raw-deflated by zlib in memory (small selections only).
class JavaZip
{
public:
    static QList<ComposedStream::Part> parts(const QList<ZipEntry> &entries, bool compress);
};

} // namespace daas::emulator
