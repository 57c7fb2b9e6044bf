#pragma once

#include "warehouse/postgresurl.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace waymark {

// The part the publish and open dialogs share: the server's URL and the name others see on
// one's changes (both remembered in QSettings; no password, ever), a line for what went
// wrong, and a busy bar while a job runs.
class ServerAddressForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServerAddressForm(QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return mUrl; }
    QLineEdit *authorEdit() const { return mAuthor; }
    // The address typed, or nullopt with the problem shown in the form.
    std::optional<PostgresAddress> address();
    QString author() const;
    // Keeps the URL and the name for next time (after the server said yes).
    void remember() const;

    void setBusy(bool busy, const QString &what = {});
    void showProblem(const QString &text);
    void showNote(const QString &text);
    QString message() const;

private:
    QLineEdit *mUrl;
    QLineEdit *mAuthor;
    QLabel *mMessage;
    QProgressBar *mBusy;
};

} // namespace waymark
