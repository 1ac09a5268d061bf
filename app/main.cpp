// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("interview-recorder"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Interview Recorder"));
    window.show();
    return QApplication::exec();
}
