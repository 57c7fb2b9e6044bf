#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace waymark {

// Pieces shared by the forms of the Properties and Journey docks: errors shown at the
// field, the keys and focus changes that commit or revert a field, currency choices.
namespace dockfields {

// A text box for a dock form: Tab leaves it (a form is filled with the keyboard), at least
// two and at most `lines` lines high.
QPlainTextEdit *createTextBox(const QString &objectName, int lines, QWidget *parent);

// A small red line (elided, the whole text in its tooltip) to put under a field; hidden
// while the field is valid.
QLabel *createErrorLabel(const QString &objectName, QWidget *parent);

// Shows `error` at the field: red border (dynamic property "invalid"), the text in `label`
// and in the tooltip. An empty `error` makes the field valid again and restores its tooltip.
void setFieldError(QWidget *field, QLabel *label, const QString &error);
bool hasFieldError(const QWidget *field);

// True while the user works in `field` (it or one of its children has the focus).
bool isEditing(const QWidget *field);

// Calls `onEscape` when Escape is pressed in `field` (which then does not reach the window)
// and `onFocusOut` when the field loses the focus. Either may be empty.
void watchField(QWidget *field, std::function<void()> onEscape, std::function<void()> onFocusOut = {});

// What a currency box offers: the journey's currency, common ones, and `current`.
QStringList currencySuggestions(const QString &journeyCurrency, const QString &current = {});
// Refills an editable currency box with `codes` and shows `current`.
void setCurrencyChoices(QComboBox *combo, const QStringList &codes, const QString &current);
// The upper-cased ISO 4217 code in `text`, or nullopt with *error.
std::optional<QString> parseCurrencyCode(const QString &text, QString *error);

} // namespace dockfields

} // namespace waymark
