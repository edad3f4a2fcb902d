#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace rapport {

namespace {

const QString ChoiceKey = QStringLiteral("ui/language");
// Installed translators are children of the application, found again by name: no global state of our own.
const QString TranslatorName = QStringLiteral("rapportTranslator");

QString languageCode(const QLocale& locale)
{
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

void removeInstalled()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr) {
        return;
    }
    const auto installed = app->findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
}

bool install(const QString& file, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator.get())) {
        return false;
    }
    translator.release()->setParent(QCoreApplication::instance()); // the application owns it from now on
    return true;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("is")};
}

QString Language::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == QLatin1String("en")) {
        name = QStringLiteral("English"); // not "American English"
    }
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Language::storedChoice()
{
    const QString choice = QSettings().value(ChoiceKey).toString();
    return available().contains(choice) ? choice : QString();
}

void Language::storeChoice(const QString& choice)
{
    QSettings settings;
    if (choice.isEmpty()) {
        settings.remove(ChoiceKey);
    } else {
        settings.setValue(ChoiceKey, choice);
    }
}

QString Language::resolve(const QString& choice)
{
    if (available().contains(choice)) {
        return choice;
    }
    const QString system = languageCode(QLocale::system());
    return available().contains(system) ? system : QStringLiteral("en");
}

QLocale Language::locale(const QString& choice)
{
    const QString language = resolve(choice);
    const QLocale system = QLocale::system();
    if (languageCode(system) == language) {
        return system;
    }
    return QLocale(language);
}

QString Language::apply(const QString& choice)
{
    const QString language = resolve(choice);
    QLocale::setDefault(locale(choice));
    removeInstalled();
    // Qt's own texts first (standard buttons, context menus), then ours; the last installed is asked first.
    // Debian ships no qtbase_is: our translations/qt_is.ts supplies the standard buttons for Icelandic.
    if (!install(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(QStringLiteral("qt_") + language, QStringLiteral(":/i18n"));
    }
    // English needs its file too: it holds the singular forms of the "%n …" texts.
    install(QStringLiteral("rapport_") + language, QStringLiteral(":/i18n"));
    return language;
}

QString Language::current()
{
    const QLocale locale;
    const QString language = languageCode(locale);
    return available().contains(language) ? language : QStringLiteral("en");
}

QString Language::startupChoice()
{
    const QString fromEnvironment = qEnvironmentVariable("RAPPORT_LANGUAGE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return storedChoice();
}

} // namespace rapport
