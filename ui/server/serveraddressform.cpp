#include "server/serveraddressform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QVBoxLayout>

namespace waymark {

namespace {
const QString urlKey = QStringLiteral("server/url");
const QString serverAuthorKey = QStringLiteral("server/author");
} // namespace

ServerAddressForm::ServerAddressForm(QWidget *parent)
    : QWidget(parent)
    , mUrl(new QLineEdit(this))
    , mAuthor(new QLineEdit(this))
    , mMessage(new QLabel(this))
    , mBusy(new QProgressBar(this))
{
    const QSettings settings;
    mUrl->setObjectName(QStringLiteral("serverUrl"));
    mUrl->setPlaceholderText(QStringLiteral("postgresql://db.example.com/workshops"));
    mUrl->setText(settings.value(urlKey).toString());
    mUrl->setToolTip(tr("postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. "
                        "The password comes from ~/.pgpass, or Waymark asks for it; it is never saved."));
    mUrl->setMinimumWidth(420);
    mAuthor->setObjectName(QStringLiteral("serverAuthor"));
    QString defaultName = qEnvironmentVariable("USER");
    mAuthor->setText(settings.value(serverAuthorKey, defaultName).toString());
    mAuthor->setToolTip(tr("Shown to the others next to the changes you make"));
    mMessage->setObjectName(QStringLiteral("serverMessage"));
    mMessage->setWordWrap(true);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mMessage->hide();
    mBusy->setObjectName(QStringLiteral("serverBusy"));
    mBusy->setRange(0, 0); // no figure to show: the server answers when it answers
    mBusy->setTextVisible(true);
    mBusy->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), mUrl);
    form->addRow(tr("Your &name:"), mAuthor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(mBusy);
    layout->addWidget(mMessage);
}

std::optional<PostgresAddress> ServerAddressForm::address()
{
    const QString url = mUrl->text().trimmed();
    if (url.isEmpty()) {
        showProblem(tr("Type the server's address, for example postgresql://db.example.com/workshops."));
        mUrl->setFocus();
        return std::nullopt;
    }
    QString error;
    auto address = parsePostgresUrl(url, &error);
    if (!address) {
        showProblem(tr("The address is not a PostgreSQL URL: %1\nWrite it as postgresql://HOST[:PORT]/DATABASE.").arg(error));
        mUrl->setFocus();
        return std::nullopt;
    }
    return address;
}

QString ServerAddressForm::author() const
{
    const QString name = mAuthor->text().trimmed();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

void ServerAddressForm::remember() const
{
    QSettings settings;
    settings.setValue(urlKey, mUrl->text().trimmed());
    settings.setValue(serverAuthorKey, mAuthor->text().trimmed());
}

void ServerAddressForm::setBusy(bool busy, const QString &what)
{
    mBusy->setFormat(what);
    mBusy->setVisible(busy);
    mUrl->setEnabled(!busy);
    mAuthor->setEnabled(!busy);
    if (busy)
        mMessage->hide();
}

void ServerAddressForm::showProblem(const QString &text)
{
    mMessage->setStyleSheet(QStringLiteral("color: #a40000;"));
    mMessage->setText(text);
    mMessage->show();
}

void ServerAddressForm::showNote(const QString &text)
{
    mMessage->setStyleSheet(QString());
    mMessage->setText(text);
    mMessage->show();
}

QString ServerAddressForm::message() const
{
    return mMessage->isVisible() ? mMessage->text() : QString();
}

} // namespace waymark
