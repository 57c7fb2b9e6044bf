#pragma once

#include <QObject>
#include <QStringList>

namespace waymark {

// The "Open Recent" list, kept in QSettings, newest first, at most `maxFiles` entries.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return mFiles; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList mFiles;
};

} // namespace waymark
