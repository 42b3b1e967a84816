#pragma once

class QDialog;
class QFormLayout;
class QListWidget;
class QPushButton;
class QString;
class QVBoxLayout;
class QWidget;

namespace Hookbench {

/// The layout the delivery editors (targets, forwarding rules) share: the list with its New and
/// Remove buttons on the left, the form on the right ending in a Save button, then the problem
/// line and Close (which rejects `dialog`). `layout` is the dialog's top-level layout, which may
/// already hold something above. Returns the Save button, labelled `saveText`.
QPushButton *layOutListEditor(QDialog *dialog,
                              QVBoxLayout *layout,
                              QListWidget *list,
                              QPushButton *add,
                              QPushButton *remove,
                              QFormLayout *form,
                              const QString &saveText,
                              QWidget *problem);

} // namespace Hookbench
