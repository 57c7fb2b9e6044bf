#pragma once

#include <QObject>
#include <QString>

class QMimeData;

namespace waymark {

// Files dropped on the window: a journey (.waymark, .waymark.json) is opened, a survey table
// (.csv, .tsv, .xlsx) is imported. Installed as an event filter on the window and on the
// canvas's viewport (which otherwise takes drags for its cards); only drags of one such file
// are taken, anything else passes on.
class FileDrop : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Journey, Survey };

    explicit FileDrop(QObject *parent);
    // Accepts drops on `widget` (and watches it).
    void watch(QWidget *widget);

    // What the drag carries: one local file of a known kind, else None.
    static Kind kindOf(const QMimeData *mime, QString *path = nullptr);

signals:
    void journeyDropped(const QString &path);
    void surveyDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace waymark
