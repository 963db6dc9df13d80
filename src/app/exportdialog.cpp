#include "exportdialog.h"

#include "document.h"
#include "ui_exportdialog.h"

#include "diagram/diagramexport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace stagecraft::app {

ExportDialog::ExportDialog(const Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    for (auto f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot, ExportFormat::Mermaid, ExportFormat::Json})
        m_ui->format->addItem(exportFormatName(f).toUpper(), int(f));
    m_ui->target->addItem(tr("Default (last stage)"), QString());
    for (const Stage &stage : document->graph().stages) {
        if (!stage.name.isEmpty())
            m_ui->target->addItem(stage.name, stage.name);
    }
    m_ui->theme->addItem(tr("Light"), false);
    m_ui->theme->addItem(tr("Dark"), true);
    m_ui->direction->addItem(tr("Left to right"), false);
    m_ui->direction->addItem(tr("Top to bottom"), true);

    const auto refresh = [this] { updatePreview(); };
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->target, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->theme, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->direction, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->buildArgs, &QLineEdit::textChanged, this, refresh);
    connect(m_ui->legend, &QCheckBox::toggled, this, refresh);
    connect(m_ui->images, &QCheckBox::toggled, this, refresh);
    connect(m_ui->layers, &QCheckBox::toggled, this, refresh);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Save…"));
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_ui->format->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.target = m_ui->target->currentData().toString();
    o.dark = m_ui->theme->currentData().toBool();
    o.topToBottom = m_ui->direction->currentData().toBool();
    o.legend = m_ui->legend->isChecked();
    o.images = m_ui->images->isChecked();
    o.layers = m_ui->layers->isChecked();
    o.scale = m_ui->scale->value();
    const QStringList pairs = m_ui->buildArgs->text().split(u' ', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0)
            o.buildArgs.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return o;
}

QByteArray ExportDialog::exportBytes() const
{
    const ExportOptions o = options();
    AnalysisOptions analysis;
    analysis.target = o.target;
    analysis.buildArgs = o.buildArgs;
    const StageGraph graph = analyse(m_document->tree(), analysis);
    return diagram::renderExport(m_document->tree(), graph, format(), o, m_document->displayName());
}

void ExportDialog::updatePreview()
{
    const ExportFormat f = format();
    m_ui->scale->setEnabled(f == ExportFormat::Png);
    const bool picture = f == ExportFormat::Svg || f == ExportFormat::Png || f == ExportFormat::Pdf;
    if (picture) {
        // The preview of every picture format is the PNG rendering at screen scale.
        ExportOptions o = options();
        o.scale = devicePixelRatioF();
        AnalysisOptions analysis;
        analysis.target = o.target;
        analysis.buildArgs = o.buildArgs;
        const QByteArray png = diagram::renderExport(m_document->tree(), analyse(m_document->tree(), analysis),
                                                     ExportFormat::Png, o, m_document->displayName());
        QPixmap pixmap;
        pixmap.loadFromData(png, "PNG");
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_ui->picture->setPixmap(pixmap);
        m_ui->previewStack->setCurrentWidget(m_ui->picturePreview);
    } else {
        m_ui->textPreview->setPlainText(QString::fromUtf8(exportBytes()));
        m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
    }
    m_ui->status->setText(m_document->graph().hasErrors()
                              ? tr("The Dockerfile has errors; the diagram shows what Stagecraft recognises.")
                              : QString());
}

bool ExportDialog::writeTo(const QString &path, QString *error) const
{
    const QByteArray bytes = exportBytes();
    if (bytes.isEmpty()) {
        *error = tr("Cannot draw the diagram for %1: not enough memory for a picture of this size.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::save()
{
    const QString extension = format() == ExportFormat::Mermaid ? QStringLiteral("mmd") : exportFormatName(format());
    QString suggested = QFileInfo(m_document->filePath()).completeBaseName();
    if (suggested.isEmpty())
        suggested = QStringLiteral("stages");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Stage Diagram"),
                                                      QFileInfo(m_document->filePath()).dir().filePath(suggested + u'.' + extension));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTo(path, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace stagecraft::app
