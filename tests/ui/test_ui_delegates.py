"""Table cells are laid out in their own text's direction, keeping the model's alignment."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from simulator.ui.delegates import ScriptDirectionDelegate


def _option(qtbot, text: str, align, ui_direction):
    model = QStandardItemModel()
    item = QStandardItem(text)
    item.setData(int(align | Qt.AlignVCenter), Qt.TextAlignmentRole)
    model.appendRow(item)
    view = QTableView()
    view.setLayoutDirection(ui_direction)
    view.setModel(model)
    qtbot.addWidget(view)
    delegate = ScriptDirectionDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(0, 0))
    return option


def test_arabic_title_in_the_english_ui_is_laid_out_right_to_left(qtbot):
    option = _option(qtbot, "حساب مخترق عبر البريد — محادثة", Qt.AlignRight, Qt.LeftToRight)
    assert option.direction == Qt.RightToLeft
    # Qt mirrors alignment in a right-to-left cell: AlignLeft here is drawn on the right.
    assert option.displayAlignment & Qt.AlignLeft


def test_english_title_in_the_arabic_ui_is_laid_out_left_to_right(qtbot):
    option = _option(qtbot, "Lost phone, can't get my code", Qt.AlignRight, Qt.RightToLeft)
    assert option.direction == Qt.LeftToRight
    # Left-to-right and AlignLeft: it starts at the left, where English starts.
    assert option.displayAlignment & Qt.AlignLeft


def test_numbers_keep_the_interface_direction(qtbot):
    option = _option(qtbot, "79%", Qt.AlignRight, Qt.RightToLeft)
    assert option.direction == Qt.RightToLeft
    assert option.displayAlignment & Qt.AlignRight


def test_text_in_the_interface_direction_is_left_alone(qtbot):
    option = _option(qtbot, "Account recovery", Qt.AlignLeft, Qt.LeftToRight)
    assert option.direction == Qt.LeftToRight
    assert option.displayAlignment & Qt.AlignLeft
