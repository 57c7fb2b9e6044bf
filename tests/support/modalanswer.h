#pragma once

// Widget tests: answers the next modal dialog a window opens, once, and remembers its class
// (header only: the tests that use it link Qt Widgets, the support library does not).

#include <QApplication>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace waymark::test {

class ModalAnswer : public QObject
{
public:
    explicit ModalAnswer(std::function<void(QWidget *)> answer)
        : mAnswer(std::move(answer))
    {
        connect(&mPoll, &QTimer::timeout, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !mAnswer || dialog->inherits("QProgressDialog"))
                return; // a slow read or write under a sanitizer shows its progress: not the question

            seen = QString::fromLatin1(dialog->metaObject()->className());
            std::exchange(mAnswer, nullptr)(dialog);
        });
        mPoll.start(10);
    }
    QString seen;

private:
    std::function<void(QWidget *)> mAnswer;
    QTimer mPoll;
};

} // namespace waymark::test
