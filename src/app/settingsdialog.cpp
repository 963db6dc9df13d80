#include "settingsdialog.h"

#include "appearance.h"
#include "highlighting.h"
#include "settings.h"
#include "ui_settingsdialog.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPushButton>

namespace stagecraft::app {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("SettingsDialog"));

    m_ui->colorScheme->addItem(tr("Follow the system"), int(Settings::ColorScheme::System));
    m_ui->colorScheme->addItem(tr("Light"), int(Settings::ColorScheme::Light));
    m_ui->colorScheme->addItem(tr("Dark"), int(Settings::ColorScheme::Dark));

    m_ui->editorTheme->addItem(tr("Follow the colour scheme"), QString());
    const auto themes = syntaxRepository().themes();
    for (const auto &theme : themes)
        m_ui->editorTheme->addItem(theme.translatedName(), theme.name());

    m_ui->language->addItem(tr("The system's language"), QString());
    const QStringList languages = availableLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->language->addItem(name.isEmpty() ? language : name, language);
    }

    m_ui->direction->addItem(tr("Left to right"), int(diagram::Direction::LeftToRight));
    m_ui->direction->addItem(tr("Top to bottom"), int(diagram::Direction::TopToBottom));

    connect(m_ui->buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_ui->buttons->standardButton(button)) {
        case QDialogButtonBox::Ok:
            apply();
            accept();
            break;
        case QDialogButtonBox::Apply:
            apply();
            break;
        case QDialogButtonBox::RestoreDefaults:
            restoreDefaults();
            break;
        default:
            reject();
            break;
        }
    });
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const Settings settings;
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(qMax(0, index));
    };
    select(m_ui->colorScheme, int(settings.colorScheme()));
    select(m_ui->editorTheme, settings.editorTheme());
    select(m_ui->language, settings.language());
    select(m_ui->direction, int(settings.layoutDirection()));
    const QFont font = settings.editorFont();
    m_ui->font->setCurrentFont(font);
    m_ui->fontSize->setValue(qRound(font.pointSizeF() > 0 ? font.pointSizeF() : 10));
    m_ui->layoutOnOpen->setChecked(settings.layoutOnOpen());
    m_ui->autosaveInterval->setValue(settings.autosaveInterval());
}

void SettingsDialog::restoreDefaults()
{
    m_ui->colorScheme->setCurrentIndex(0);
    m_ui->editorTheme->setCurrentIndex(0);
    m_ui->language->setCurrentIndex(0);
    m_ui->direction->setCurrentIndex(0);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->font->setCurrentFont(font);
    m_ui->fontSize->setValue(qRound(font.pointSizeF() > 0 ? font.pointSizeF() : 10));
    m_ui->layoutOnOpen->setChecked(false);
    m_ui->autosaveInterval->setValue(30);
}

void SettingsDialog::apply()
{
    Settings settings;
    settings.setColorScheme(Settings::ColorScheme(m_ui->colorScheme->currentData().toInt()));
    settings.setEditorTheme(m_ui->editorTheme->currentData().toString());
    settings.setLanguage(m_ui->language->currentData().toString());
    settings.setLayoutDirection(diagram::Direction(m_ui->direction->currentData().toInt()));
    QFont font = m_ui->font->currentFont();
    font.setPointSize(m_ui->fontSize->value());
    font.setStyleHint(QFont::Monospace);
    settings.setEditorFont(font);
    settings.setLayoutOnOpen(m_ui->layoutOnOpen->isChecked());
    settings.setAutosaveInterval(m_ui->autosaveInterval->value());
    Q_EMIT applied();
}

} // namespace stagecraft::app
