#include <QTest>
class TestX : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestX)
#include "tst_interviewservice.moc"
