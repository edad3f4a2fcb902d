// rapport-icongen: renders the app icon SVG into every size the platforms need, with Qt's own SVG renderer, so the
// committed PNG/ICO/ICNS files can be regenerated on any machine with Qt (no Inkscape, rsvg or iconutil needed).
//
//   rapport-icongen resources/icons/app/rapport.svg resources/icons/app
//
// writes hicolor/<n>x<n>/apps/rapport.png (16–512), rapport.ico (Windows: PNG-compressed entries, Vista and later)
// and rapport.icns (macOS: PNG entries).

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/** ICO: ICONDIR, one ICONDIRENTRY per size, then the PNG images. */
QByteArray buildIco(QSvgRenderer& renderer, const QList<int>& sizes)
{
    QByteArray header;
    appendLe16(header, 0); // reserved
    appendLe16(header, 1); // type: icon
    appendLe16(header, static_cast<quint16>(sizes.size()));
    QByteArray images;
    quint32 offset = 6 + 16 * static_cast<quint32>(sizes.size());
    for (int size : sizes) {
        const QByteArray png = renderPng(renderer, size);
        header.append(static_cast<char>(size >= 256 ? 0 : size)); // 0 means 256
        header.append(static_cast<char>(size >= 256 ? 0 : size));
        header.append('\0'); // no palette
        header.append('\0'); // reserved
        appendLe16(header, 1);  // colour planes
        appendLe16(header, 32); // bits per pixel
        appendLe32(header, static_cast<quint32>(png.size()));
        appendLe32(header, offset);
        offset += static_cast<quint32>(png.size());
        images.append(png);
    }
    return header + images;
}

/** ICNS: "icns" and the file length, then one (type, length, PNG) element per size. */
QByteArray buildIcns(QSvgRenderer& renderer)
{
    const std::vector<std::pair<const char*, int>> elements = {
        {"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128}, {"ic08", 256},  {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto& [type, size] : elements) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBe32(body, static_cast<quint32>(png.size() + 8));
        body.append(png);
    }
    QByteArray file("icns", 4);
    appendBe32(file, static_cast<quint32>(body.size() + 8));
    return file + body;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(data);
    return file.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: rapport-icongen ICON.svg OUTPUT_DIR\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "rapport-icongen: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    const QDir out(arguments.at(2));
    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/rapport.png").arg(size));
        ok = writeFile(path, renderPng(renderer, size)) && ok;
    }
    ok = writeFile(out.filePath(QStringLiteral("rapport.ico")), buildIco(renderer, {16, 24, 32, 48, 64, 128, 256})) && ok;
    ok = writeFile(out.filePath(QStringLiteral("rapport.icns")), buildIcns(renderer)) && ok;
    if (!ok) {
        err << "rapport-icongen: could not write every file under " << out.path() << '\n';
        return 1;
    }
    return 0;
}
