#include "dockfields.h"

#include "effort.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
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

// One line that ends in "…" when the dock is too narrow; the whole message is in its tooltip
// and the field's. One line, so an error never pushes the next fields down under the pointer.
class ErrorLine : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return {0, fontMetrics().height()}; }
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(text()), fontMetrics().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text(), Qt::ElideRight, width()));
    }
};

} // namespace

QPlainTextEdit *createTextBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true); // Tab walks the form instead of typing a tab
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 16);
    return edit;
}

QLabel *createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new ErrorLine(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
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
        label->setToolTip(error);
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
