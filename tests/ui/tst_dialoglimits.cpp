// SPDX-License-Identifier: GPL-3.0-or-later
// The forms bound their editors with the limits core publishes (validation::limits and friends),
// not with numbers of their own: each editor's bound is compared with core's constant.

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "alerts/alertrule.h"
#include "dialogs/alertruledialog.h"
#include "dialogs/fxratedialog.h"
#include "dialogs/projectdialog.h"
#include "storage/database.h"
#include "storage/validation.h"

using namespace costboard;

namespace {

template <typename W> W *child(const QObject &parent, const QString &name)
{
    W *widget = parent.findChild<W *>(name);
    if (!widget)
        qWarning("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return widget;
}

double shown(std::int64_t hundredths)
{
    return static_cast<double>(hundredths) / 100.0;
}

} // namespace

class TestDialogLimits : public QObject
{
    Q_OBJECT

private slots:
    void projectDialogReadsTheRepositoryLimits()
    {
        ui::ProjectDialog dialog(Project {}, {});
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("code"))->maxLength(),
                 validation::limits::ProjectCodeLength);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("name"))->maxLength(),
                 validation::limits::ProjectNameLength);
        for (const QString &detail :
             { QStringLiteral("owner"), QStringLiteral("sponsor"), QStringLiteral("businessUnit") })
            QCOMPARE(child<QLineEdit>(dialog, detail)->maxLength(), validation::limits::ProjectDetailLength);
        for (const QString &date : { QStringLiteral("startDate"), QStringLiteral("endDate") }) {
            const auto *edit = child<QDateEdit>(dialog, date);
            QCOMPARE(edit->minimumDate(), validation::earliestDate);
            QCOMPARE(edit->maximumDate(), validation::latestDate);
        }
    }

    void alertRuleDialogReadsTheStoreLimits()
    {
        auto database = Database::openSqlite(QStringLiteral(":memory:"));
        AlertRule rule;
        rule.kind = AlertKind::Spike;
        rule.threshold = 200;
        ui::AlertRuleDialog dialog(*database, rule, {}, QStringLiteral("EUR"));
        const auto *weeks = child<QSpinBox>(dialog, QStringLiteral("ruleTrailingWeeks"));
        QCOMPARE(weeks->minimum(), validation::limits::TrailingWeeksFewest);
        QCOMPARE(weeks->maximum(), validation::limits::TrailingWeeksMost);
        const auto *multiple = child<QDoubleSpinBox>(dialog, QStringLiteral("ruleMultiple"));
        QCOMPARE(multiple->minimum(), shown(validation::limits::SpikeMultipleLowest));
        QCOMPARE(multiple->maximum(), shown(validation::limits::SpikeMultipleHighest));

        // The percentage's range follows the kind: a share of a budget, or a growth.
        auto *kind = child<QComboBox>(dialog, QStringLiteral("ruleKind"));
        const auto *percent = child<QDoubleSpinBox>(dialog, QStringLiteral("rulePercent"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(AlertKind::BudgetConsumed)));
        QCOMPARE(percent->minimum(), shown(validation::limits::BudgetShareLowest));
        QCOMPARE(percent->maximum(), shown(validation::limits::BudgetShareHighest));
        kind->setCurrentIndex(kind->findData(static_cast<int>(AlertKind::WeekOverWeek)));
        QCOMPARE(percent->minimum(), shown(validation::limits::GrowthLowest));
        QCOMPARE(percent->maximum(), shown(validation::limits::GrowthHighest));
    }

    void alertRuleNameLongerThanTheLimitIsRefusedBeforeSaving()
    {
        auto database = Database::openSqlite(QStringLiteral(":memory:"));
        ui::AlertRuleDialog dialog(*database, AlertRule {}, {}, QStringLiteral("EUR"));
        auto *name = child<QLineEdit>(dialog, QStringLiteral("ruleName"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        name->setText(QString(validation::limits::AlertRuleNameLength, u'n'));
        QVERIFY(ok->isEnabled());
        name->setText(QString(validation::limits::AlertRuleNameLength + 1, u'n'));
        QVERIFY(!ok->isEnabled());
    }

    void fxRateDialogReadsTheRepositoryLimits()
    {
        ui::FxRateDialog dialog(QStringLiteral("EUR"), std::nullopt);
        const auto edits = dialog.findChildren<QDateEdit *>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first()->minimumDate(), validation::earliestDate);
        QCOMPARE(edits.first()->maximumDate(), validation::latestDate);
    }
};

QTEST_MAIN(TestDialogLimits)
#include "tst_dialoglimits.moc"
