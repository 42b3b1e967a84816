// Every translations/hookbench_<lang>.ts must be complete and in step with the sources: lupdate
// runs over the translated sources (translations/CMakeLists.txt) into a copy of each file, and
// the test lists, message by message, what a translator still has to do.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    QString type; // of the translation: empty (finished), unfinished, vanished or obsolete
    bool empty = false;

    bool isGone() const { return type == u"vanished" || type == u"obsolete"; }
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
    QString describe() const
    {
        QString oneLine = source;
        oneLine.replace(u'\n', QStringLiteral("\\n"));
        QString text = QStringLiteral("    [%1] \"%2\"").arg(context, oneLine);
        if (!comment.isEmpty())
            text += QStringLiteral(" (comment: %1)").arg(comment);
        return text;
    }
};

QList<Message> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message" && inMessage) {
            messages.append(message);
            inMessage = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        // <location>, <extracomment>, <oldsource> and the like are not read.
        const QStringView name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name" && !inMessage) {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, {}, false};
            inMessage = true;
        } else if (inMessage && name == u"source") {
            message.source = xml.readElementText();
        } else if (inMessage && name == u"comment") {
            message.comment = xml.readElementText();
        } else if (inMessage && name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // <numerusform> children for plurals: all of them empty counts as empty.
            message.empty
                = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString section(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    return QStringLiteral("  %1 (%2):\n").arg(title).arg(lines.size()) + lines.join(u'\n') + u'\n';
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFile_data();
    void tsFile();
};

void TestTranslations::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(HOOKBENCH_LUPDATE)).isExecutable(),
             "lupdate not found: install qt6-l10n-tools");
    QVERIFY2(QFileInfo::exists(QStringLiteral(HOOKBENCH_LUPDATE_PROJECT)),
             "no lupdate project: configure the build again");
}

void TestTranslations::tsFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(HOOKBENCH_SOURCE_DIR "/translations"));
    const QStringList names = folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no .ts files in translations/");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

void TestTranslations::tsFile()
{
    QFETCH(QString, path);

    QString error;
    const QList<Message> committed = readTsFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));

    // lupdate without -no-obsolete: strings gone from the sources show up as vanished.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HOOKBENCH_LUPDATE),
                  {QStringLiteral("-project"),
                   QStringLiteral(HOOKBENCH_LUPDATE_PROJECT),
                   QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   QStringLiteral("-ts"),
                   copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("lupdate failed:\n") + lupdateOutput));
    // lupdate leaves a file alone (exit code 0) when it cannot tell the file's language.
    QVERIFY2(!lupdateOutput.contains(QLatin1String("won't be updated")),
             qPrintable(QStringLiteral("lupdate did not update the copy:\n") + lupdateOutput));
    const QList<Message> fresh = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(copy + QStringLiteral(": ") + error));

    QHash<QString, const Message *> committedByKey;
    for (const Message &message : committed)
        committedByKey.insert(message.key(), &message);

    QStringList unfinished;
    QStringList vanished;
    QStringList missing;
    QStringList stale;
    for (const Message &message : committed) {
        if (message.isGone())
            vanished.append(message.describe());
        else if (message.type == u"unfinished" || message.empty)
            unfinished.append(message.describe());
    }
    for (const Message &message : fresh) {
        const Message *old = committedByKey.value(message.key());
        if (!message.isGone() && !old)
            missing.append(message.describe());
        else if (message.isGone() && old && !old->isGone())
            stale.append(message.describe());
    }

    const QString report
        = section(QStringLiteral("unfinished or empty translations"), unfinished)
          + section(QStringLiteral("vanished or obsolete entries (remove them)"), vanished)
          + section(QStringLiteral("in the sources but missing from the .ts file"), missing)
          + section(QStringLiteral("in the .ts file but no longer in the sources"), stale);
    if (!report.isEmpty()) {
        // In full on stderr: QTest cuts long failure messages short.
        const QString text = QStringLiteral("%1 needs work:\n%2"
                                            "  Fix: cmake --build <build dir> --target "
                                            "update_translations, translate the entries above "
                                            "(Qt Linguist), and build again.\n")
                                 .arg(QFileInfo(path).fileName(), report);
        std::fputs(text.toLocal8Bit().constData(), stderr);
    }
    QVERIFY2(report.isEmpty(), "incomplete or stale translation (the list is above)");
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
