// SPDX-License-Identifier: GPL-3.0-or-later
// Core errors are worded when they are shown, by whichever translator is installed: with the
// shipped French catalogue (:/i18n/costboard_fr.qm) the same error reads in French, field and all,
// and what() stays English for the logs.

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"

using namespace costboard;

class TestErrorTranslation : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/costboard_fr.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }

    void cleanup() { QCoreApplication::removeTranslator(&m_translator); }

    void validationSentencesAreTranslated()
    {
        // Every sentence a form or an import can show about a value a person typed.
        const QList<ErrorCode> validation {
            ErrorCode::TextEmpty,
            ErrorCode::TextTooLong,
            ErrorCode::UnknownCurrency,
            ErrorCode::DateInvalid,
            ErrorCode::DateOutOfRange,
            ErrorCode::ServicePeriodIncomplete,
            ErrorCode::ServicePeriodReversed,
            ErrorCode::ServicePeriodTooLong,
            ErrorCode::AmountZero,
            ErrorCode::AmountNotPositive,
            ErrorCode::AmountTooLarge,
            ErrorCode::UnknownCategory,
            ErrorCode::QuantityNegative,
            ErrorCode::ProjectCodeCharacters,
            ErrorCode::ProjectCodeTaken,
            ErrorCode::EndBeforeStart,
            ErrorCode::BudgetPeriodNotMonthStart,
            ErrorCode::FxRateOutOfRange,
            ErrorCode::ThresholdBudgetPercent,
            ErrorCode::ThresholdGrowthPercent,
            ErrorCode::ThresholdMultiple,
            ErrorCode::TrailingWeeksOutOfRange,
            ErrorCode::CompanyNameTooLong,
        };
        const QStringList arguments { QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9") };
        for (const ErrorCode code : validation) {
            const QString french = errorSentence(code, arguments);
            QVERIFY2(!french.isEmpty(), qPrintable(QString::number(static_cast<int>(code))));
            QVERIFY2(french != englishErrorSentence(code, arguments), qPrintable(french));
        }
    }

    void aRefusedProjectReadsInFrench()
    {
        auto database = Database::openSqlite(QStringLiteral(":memory:"));
        Project project;
        project.code = QStringLiteral("SUP");
        project.name = QString(validation::limits::ProjectNameLength + 1, u'n');
        try {
            ProjectRepository(*database).create(project);
            QFAIL("an over-long name was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), QStringLiteral("name"));
            QCOMPARE(errorText(error),
                     QStringLiteral("Nom\u00a0: compte 121 caractères\u00a0; 120 au plus sont admis"));
            // The log keeps English.
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("name: is 121 characters long; at most 120 are allowed"));
        }
    }

    void unknownFieldKeysStayAsTheyAre()
    {
        const ValidationError error(QStringLiteral("--company"), ErrorCode::CompanyNameTooLong,
                                    { QStringLiteral("200") });
        QCOMPARE(errorText(error), QStringLiteral("--company\u00a0: doit compter au plus 200 caractères"));
    }

private:
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestErrorTranslation)
#include "tst_errortranslation.moc"
