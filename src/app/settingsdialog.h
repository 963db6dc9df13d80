// Settings → Configure Stagecraft…: every setting a person can change, in one dialog
// (forms/settingsdialog.ui). It reads and writes through the typed Settings class; Apply and
// OK write and announce `applied`, so the window takes the new values at once.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace stagecraft::app {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *ui() const { return m_ui.get(); }
    // Writes the dialog's values into the settings and emits `applied`.
    void apply();
    // Puts the default values into the dialog (written by Apply or OK).
    void restoreDefaults();

Q_SIGNALS:
    void applied();

private:
    void load();
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace stagecraft::app
