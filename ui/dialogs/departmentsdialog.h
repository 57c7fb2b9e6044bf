#pragma once

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace waymark {

class JourneyDocument;

// The journey's departments: add, rename (in the list), recolour, remove. Each change is
// its own undoable command, applied at once, so the canvas shows it while the dialog is open.
class DepartmentsDialog : public QDialog
{
    Q_OBJECT
public:
    DepartmentsDialog(JourneyDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    void addDepartment(const QString &name);
    void recolour(int row, const QColor &colour);
    void removeRow(int row);

    // Asked before removing a department that owns cards or lanes; tests answer it.
    using Confirm = std::function<bool(const QString &text)>;
    void setConfirm(Confirm confirm) { mConfirm = std::move(confirm); }

private:
    void reload();
    void chooseColour();
    void updateButtons();

    QPointer<JourneyDocument> mDocument;
    QListWidget *mList;
    QPushButton *mAdd;
    QPushButton *mColour;
    QPushButton *mRemove;
    Confirm mConfirm;
    bool mReloading = false;
};

} // namespace waymark
