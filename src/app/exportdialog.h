// File → Export…: every export option of `stagecraft export`, with a live preview of the
// result, writing through the same diagram::renderExport as the command line.
#pragma once

#include "core/exportoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace stagecraft::app {

class Document;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Document *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    ExportOptions options() const;
    // The export bytes for the current options (what Save writes).
    QByteArray exportBytes() const;
    Ui::ExportDialog *ui() const { return m_ui.get(); }
    // Writes to a path atomically; returns false and sets *error on failure.
    bool writeTo(const QString &path, QString *error) const;

private:
    void updatePreview();
    void save();

    const Document *m_document;
    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace stagecraft::app
