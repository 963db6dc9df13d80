#include "pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <array>
#include <cstring>
#include <thread>
#include <vector>

namespace stagecraft::diagram {

namespace {

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

// The CRC-32 of PNG chunks (ISO 3309, as zlib's crc32()).
quint32 crc32(const char *data, qsizetype size)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const char *data, qsizetype size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    if (size > 0)
        out.append(data, size);
    appendBigEndian(out, crc32(out.constData() + start, size + 4));
}

// One deflate block (RFC 1951) with the fixed Huffman codes, in which every run of three or
// more equal bytes is a match at distance 1. A block that is not the last one ends with an
// empty stored block, so that the next part of the stream starts on a byte boundary.
class RunLengthDeflate
{
public:
    explicit RunLengthDeflate(bool last)
        : m_lastBlock(last)
    {
        m_out.resize(1 << 16);
        put(last ? 0b011 : 0b010, 3); // BFINAL, BTYPE 01 (fixed Huffman codes)
    }

    void write(const uchar *data, qsizetype size)
    {
        m_length += size;
        qsizetype i = 0;
        while (i < size) {
            const uchar c = data[i];
            if (c != m_last) {
                flushRun();
                literal(c);
                ++i;
                continue;
            }
            // A run of the last byte: measured eight bytes at a time.
            const quint64 pattern = c * 0x0101010101010101ull;
            qsizetype j = i + 1;
            for (quint64 word; j + 8 <= size; j += 8) {
                std::memcpy(&word, data + j, 8);
                if (word != pattern)
                    break;
            }
            while (j < size && data[j] == c)
                ++j;
            repeat(j - i);
            i = j;
        }
    }

    // `count` copies of `c`.
    void writeRepeated(uchar c, qsizetype count)
    {
        m_length += count;
        if (count > 0 && c != m_last) {
            flushRun();
            literal(c);
            --count;
        }
        if (count > 0)
            repeat(count);
    }

    // The deflate bytes.
    QByteArray finish()
    {
        flushRun();
        put(0, 7); // end of block (256): seven zero bits
        if (!m_lastBlock) {
            put(0, 3);                          // BFINAL 0, BTYPE 00 (stored)
            put(0, (8 - m_bitCount % 8) % 8);  // to the byte boundary
            put(0xFFFF0000u, 32);               // LEN 0, NLEN ~0
        }
        m_out.truncate(m_size);
        while (m_bitCount > 0) {
            m_out.append(char(m_bits & 0xFF));
            m_bits >>= 8;
            m_bitCount = qMax(0, m_bitCount - 8);
        }
        return std::move(m_out);
    }
    // The Adler-32 checksum and the number of the bytes written.
    quint32 adler()
    {
        reduceAdler();
        return quint32((m_adlerB << 16) | m_adlerA);
    }
    qint64 length() const { return m_length; }

private:
    static constexpr int maxMatch = 258;
    static constexpr quint64 adlerModulus = 65521;

    struct Code {
        quint32 bits; // to be written from the least significant bit on
        int length;
    };

    static quint32 reversed(quint32 code, int length)
    {
        quint32 r = 0;
        for (int i = 0; i < length; ++i, code >>= 1)
            r = (r << 1) | (code & 1);
        return r;
    }

    // Fixed literal/length code of a symbol 0..287 (RFC 1951, 3.2.6).
    static Code symbol(int s)
    {
        if (s < 144)
            return {reversed(quint32(0x30 + s), 8), 8};
        if (s < 256)
            return {reversed(quint32(0x190 + s - 144), 9), 9};
        if (s < 280)
            return {reversed(quint32(s - 256), 7), 7};
        return {reversed(quint32(0xC0 + s - 280), 8), 8};
    }

    struct Tables {
        std::array<Code, 256> literal;
        std::array<Code, maxMatch + 1> match; // length code, extra bits, distance 1 (code 0, five zero bits)
        Tables()
        {
            for (int c = 0; c < 256; ++c)
                literal[size_t(c)] = symbol(c);
            static constexpr int base[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                           67, 83, 99, 115, 131, 163, 195, 227, 258};
            static constexpr int extra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                            4, 4, 4, 4, 5, 5, 5, 5, 0};
            match[0] = match[1] = match[2] = {0, 0}; // too short for a match
            for (int length = 3; length <= maxMatch; ++length) {
                int k = 28;
                while (base[k] > length)
                    --k;
                const Code code = symbol(257 + k);
                const quint32 bits = code.bits | (quint32(length - base[k]) << code.length);
                match[size_t(length)] = {bits, code.length + extra[k] + 5};
            }
        }
    };
    static const Tables &tables()
    {
        static const Tables t;
        return t;
    }

    void put(quint32 bits, int length)
    {
        m_bits |= quint64(bits) << m_bitCount;
        m_bitCount += length;
        if (m_bitCount >= 32) {
            if (m_size + 4 > m_out.size())
                m_out.resize(m_out.size() * 2);
            qToLittleEndian(quint32(m_bits), m_out.data() + m_size);
            m_size += 4;
            m_bits >>= 32;
            m_bitCount -= 32;
        }
    }

    void literal(uchar c)
    {
        const Code &code = m_tables.literal[c];
        put(code.bits, code.length);
        m_last = c;
        m_adlerA += c;
        m_adlerB += m_adlerA;
        if (++m_sinceReduce == 5552) // no overflow before the modulo (zlib's NMAX)
            reduceAdler();
    }

    // `count` more copies of the last byte.
    void repeat(qsizetype count)
    {
        const auto k = quint64(count), c = quint64(m_last);
        m_adlerB += k * m_adlerA + c * k * (k + 1) / 2;
        m_adlerA += k * c;
        reduceAdler();
        m_run += count;
        const Code &longest = m_tables.match[maxMatch];
        for (; m_run >= maxMatch; m_run -= maxMatch)
            put(longest.bits, longest.length);
    }

    void flushRun()
    {
        if (m_run >= 3) {
            const Code &code = m_tables.match[size_t(m_run)];
            put(code.bits, code.length);
        } else {
            const Code &code = m_tables.literal[size_t(m_last & 0xFF)];
            for (qsizetype i = 0; i < m_run; ++i)
                put(code.bits, code.length);
        }
        m_run = 0;
    }

    void reduceAdler()
    {
        m_adlerA %= adlerModulus;
        m_adlerB %= adlerModulus;
        m_sinceReduce = 0;
    }

    const bool m_lastBlock;
    qint64 m_length = 0;
    QByteArray m_out;    // the first m_size bytes are written
    qsizetype m_size = 0;
    const Tables &m_tables = tables();
    quint64 m_bits = 0;
    int m_bitCount = 0;
    int m_last = -1;      // the last byte written (a match at distance 1 repeats it)
    qsizetype m_run = 0;  // repeats of m_last not yet written
    quint64 m_adlerA = 1; // Adler-32 of the bytes written, reduced now and then
    quint64 m_adlerB = 0;
    int m_sinceReduce = 0;
};

bool isOpaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return true;
    const int width = image.width();
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QRgb all = 0xFFFFFFFFu;
        for (int x = 0; x < width; ++x)
            all &= row[x];
        if (qAlpha(all) != 255)
            return false;
    }
    return true;
}

struct Part {
    QByteArray bytes;
    quint32 adler = 1;
    qint64 length = 0;
};

// Rows [y0, y1) filtered and compressed (`last`: they end the picture).
Part encodeRows(const QImage &image, bool opaque, int y0, int y1, bool last)
{
    const int width = image.width();
    const qsizetype rowBytes = qsizetype(width) * (opaque ? 3 : 4);
    RunLengthDeflate deflate(last);
    // Each scanline: the filter type, then each byte minus the one above ("Up"; the first row
    // has nothing above and is written unfiltered, which is the same bytes).
    const std::vector<QRgb> zeros(size_t(width), 0);
    std::vector<uchar> filtered(size_t(rowBytes) + 1);
    for (int y = y0; y < y1; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *above = y == 0 ? zeros.data() : reinterpret_cast<const QRgb *>(image.constScanLine(y - 1));
        const uchar filter = y == 0 ? 0 : 2;
        if (y > 0 && std::memcmp(pixels, above, size_t(width) * sizeof(QRgb)) == 0) {
            deflate.write(&filter, 1);
            deflate.writeRepeated(0, rowBytes);
            continue;
        }
        filtered[0] = filter;
        uchar *out = filtered.data() + 1;
        if (opaque) {
            for (int x = 0; x < width; ++x, out += 3) {
                const QRgb p = pixels[x], q = above[x];
                out[0] = uchar(qRed(p) - qRed(q));
                out[1] = uchar(qGreen(p) - qGreen(q));
                out[2] = uchar(qBlue(p) - qBlue(q));
            }
        } else {
            for (int x = 0; x < width; ++x, out += 4) {
                const QRgb p = pixels[x], q = above[x];
                out[0] = uchar(qRed(p) - qRed(q));
                out[1] = uchar(qGreen(p) - qGreen(q));
                out[2] = uchar(qBlue(p) - qBlue(q));
                out[3] = uchar(qAlpha(p) - qAlpha(q));
            }
        }
        deflate.write(filtered.data(), qsizetype(filtered.size()));
    }
    Part part;
    part.bytes = deflate.finish();
    part.adler = deflate.adler();
    part.length = deflate.length();
    return part;
}

// The Adler-32 of two byte sequences one after the other (zlib's adler32_combine).
quint32 adlerCombine(quint32 first, quint32 second, qint64 secondLength)
{
    constexpr quint32 base = 65521;
    const auto rem = quint32(secondLength % base);
    quint32 sum1 = first & 0xFFFF;
    quint32 sum2 = quint32((quint64(rem) * sum1) % base);
    sum1 += (second & 0xFFFF) + base - 1;
    sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - rem;
    if (sum1 >= base)
        sum1 -= base;
    if (sum1 >= base)
        sum1 -= base;
    if (sum2 >= (base << 1))
        sum2 -= (base << 1);
    if (sum2 >= base)
        sum2 -= base;
    return sum1 | (sum2 << 16);
}

} // namespace

QByteArray encodePng(const QImage &input)
{
    if (input.isNull())
        return {};
    // 32-bit pixels: opaque ones are the same premultiplied or not; the others are written
    // with straight alpha, as PNG defines it.
    QImage image = input;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const bool opaque = isOpaque(image);
    if (!opaque)
        image = image.convertToFormat(QImage::Format_ARGB32);
    const int width = image.width(), height = image.height();

    // Two halves of the rows are compressed at once, on two threads, into one zlib stream.
    const int half = height >= 64 ? height / 2 : 0;
    Part first;
    std::thread worker;
    if (half > 0)
        worker = std::thread([&] { first = encodeRows(image, opaque, 0, half, false); });
    const Part second = encodeRows(image, opaque, half, height, true);
    if (worker.joinable())
        worker.join();
    QByteArray idat("\x78\x01", 2); // deflate, 32 KiB window; FLEVEL fastest, FCHECK makes it a multiple of 31
    idat.reserve(2 + first.bytes.size() + second.bytes.size() + 4);
    idat += first.bytes;
    idat += second.bytes;
    appendBigEndian(idat, half > 0 ? adlerCombine(first.adler, second.adler, second.length) : second.adler);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(idat.size() + idat.size() / 100000 * 12 + 1024);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8));              // bits per channel
    header.append(char(opaque ? 2 : 6)); // truecolour, with alpha or not
    header.append(3, '\0');              // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());
    if (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0) {
        QByteArray resolution;
        appendBigEndian(resolution, quint32(qMax(0, image.dotsPerMeterX())));
        appendBigEndian(resolution, quint32(qMax(0, image.dotsPerMeterY())));
        resolution.append(char(1)); // per metre
        appendChunk(png, "pHYs", resolution.constData(), resolution.size());
    }
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < idat.size(); at += chunk)
        appendChunk(png, "IDAT", idat.constData() + at, qMin(chunk, idat.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace stagecraft::diagram
