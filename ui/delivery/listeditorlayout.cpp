#include "listeditorlayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench {

QPushButton *layOutListEditor(QDialog *dialog,
                              QVBoxLayout *layout,
                              QListWidget *list,
                              QPushButton *add,
                              QPushButton *remove,
                              QFormLayout *form,
                              const QString &saveText,
                              QWidget *problem)
{
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addWidget(list, 1);
    left->addLayout(listButtons);
    columns->addLayout(left, 1);

    auto *save = new QPushButton(saveText, dialog);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    form->addRow(QString(), saveRow);
    columns->addLayout(form, 2);
    layout->addLayout(columns, 1);

    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return save;
}

} // namespace Hookbench
