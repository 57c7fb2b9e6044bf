#include "dockfields.h"

#include "effort.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>

namespace waymark::dockfields {

namespace {

const char invalidProperty[] = "invalid";
const char normalToolTipProperty[] = "waymarkNormalToolTip";

class FieldWatcher : public QObject
{
public:
    FieldWatcher(QWidget *field, std::function<void()> onEscape, std::function<void()> onFocusOut)
        : QObject(field)
        , mOnEscape(std::move(onEscape))
        , mOnFocusOut(std::move(onFocusOut))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // Claim Escape before a window shortcut (cancel a canvas gesture) takes it.
            if (mOnEscape && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                event->accept();
                return true;
            }
            break;
        case QEvent::KeyPress:
            if (mOnEscape && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                mOnEscape();
                return true;
            }
            break;
        case QEvent::FocusOut:
            if (mOnFocusOut)
                mOnFocusOut();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> mOnEscape;
    std::function<void()> mOnFocusOut;
};

// A style sheet only while invalid, so valid fields keep the native look.
const QString invalidStyle = QStringLiteral("border: 2px solid #c62828; border-radius: 3px;");

} // namespace

QLabel *createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    // No height-for-width: a scroll area then asks the form for its minimum height, not the
    // height every box would like, and a short dock shrinks the text boxes instead of scrolling.
    QSizePolicy policy = label->sizePolicy();
    policy.setHeightForWidth(false);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

void setFieldError(QWidget *field, QLabel *label, const QString &error)
{
    const bool invalid = !error.isEmpty();
    if (invalid && !hasFieldError(field))
        field->setProperty(normalToolTipProperty, field->toolTip());
    if (!invalid && hasFieldError(field))
        field->setToolTip(field->property(normalToolTipProperty).toString());
    if (invalid)
        field->setToolTip(error);
    field->setProperty(invalidProperty, invalid);
    field->setStyleSheet(invalid ? invalidStyle : QString());
    field->style()->unpolish(field);
    field->style()->polish(field);
    if (label) {
        label->setText(error);
        label->setVisible(invalid);
    }
}

bool hasFieldError(const QWidget *field)
{
    return field->property(invalidProperty).toBool();
}

bool isEditing(const QWidget *field)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == field || field->isAncestorOf(focus));
}

void watchField(QWidget *field, std::function<void()> onEscape, std::function<void()> onFocusOut)
{
    field->installEventFilter(new FieldWatcher(field, std::move(onEscape), std::move(onFocusOut)));
}

QStringList currencySuggestions(const QString &journeyCurrency, const QString &current)
{
    QStringList codes;
    for (const QString &code : {journeyCurrency, QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                QStringLiteral("RUB"), QStringLiteral("UAH"), QStringLiteral("RSD"),
                                QStringLiteral("KRW"), current}) {
        if (isValidCurrencyCode(code) && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

void setCurrencyChoices(QComboBox *combo, const QStringList &codes, const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(codes);
    const int index = combo->findText(current);
    combo->setCurrentIndex(index);
    combo->setEditText(current);
}

std::optional<QString> parseCurrencyCode(const QString &text, QString *error)
{
    const QString code = text.trimmed().toUpper();
    if (isValidCurrencyCode(code))
        return code;
    if (error)
        *error = QCoreApplication::translate("DockFields", "Enter a three-letter ISO 4217 currency code, such as EUR.");
    return std::nullopt;
}

} // namespace waymark::dockfields
