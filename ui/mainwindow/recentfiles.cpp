#include "mainwindow/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace waymark {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , mFiles(QSettings().value(settingsKey).toStringList())
{
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    mFiles.removeAll(absolute);
    mFiles.prepend(absolute);
    while (mFiles.size() > maxFiles)
        mFiles.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    mFiles.removeAll(path);
    store();
}

void RecentFiles::clear()
{
    mFiles.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(settingsKey, mFiles);
    emit changed();
}

} // namespace waymark
