<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddTrainingPlanCommand</name>
    <message>
        <source>Add the training plan “%1”</source>
        <translation>Ajouter le plan de formation « %1 »</translation>
    </message>
</context>
<context>
    <name>BudgetsFromEstimateCommand</name>
    <message>
        <source>Budgets of %1 from the %2 estimate</source>
        <translation>Budgets de %1 d’après l’estimation %2</translation>
    </message>
</context>
<context>
    <name>CopyPreviousBudgetsCommand</name>
    <message>
        <source>Copy the budgets of %1 into %2</source>
        <translation>Copier les budgets de la période %1 vers %2</translation>
    </message>
</context>
<context>
    <name>CreateAlertRuleCommand</name>
    <message>
        <source>Create alert rule “%1”</source>
        <translation>Créer la règle d’alerte « %1 »</translation>
    </message>
</context>
<context>
    <name>CreateProjectCommand</name>
    <message>
        <source>Create project %1</source>
        <translation>Créer le projet %1</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The dashboard's tables were written to %1:
%2</source>
        <translation>Les données du tableau de bord ont été exportées dans %1 :
%2</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L’export n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation>Fichiers CSV, un par tableau (*.csv)</translation>
    </message>
    <message>
        <source>%1× (%2 × %3 pixels)…</source>
        <comment>a picture's scale and size</comment>
        <translation>%1× (%2 × %3 pixels)…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Enregistrer le graphique en SVG…</translation>
    </message>
    <message>
        <source>Exporting the dashboard's tables…</source>
        <translation>Export des tableaux du tableau de bord…</translation>
    </message>
</context>
<context>
    <name>DatabaseTask</name>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Annulation : rien ne sera enregistré…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1
%2 rows read so far</source>
        <translation>%1
%2 lignes lues jusqu’ici</translation>
    </message>
</context>
<context>
    <name>EditAlertRuleCommand</name>
    <message>
        <source>Edit alert rule “%1”</source>
        <translation>Modifier la règle d’alerte « %1 »</translation>
    </message>
</context>
<context>
    <name>EditProjectCommand</name>
    <message>
        <source>Edit project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>Weekly by category</source>
        <comment>a sheet name: at most 31 characters</comment>
        <translation>Hebdomadaire par catégorie</translation>
    </message>
    <message>
        <source>Weekly by project</source>
        <comment>a sheet name: at most 31 characters</comment>
        <translation>Hebdomadaire par projet</translation>
    </message>
    <message>
        <source>Weekly by vendor</source>
        <comment>a sheet name: at most 31 characters</comment>
        <translation>Hebdomadaire par fournisseur</translation>
    </message>
    <message>
        <source>Budget by month</source>
        <comment>a sheet name: at most 31 characters</comment>
        <translation>Budget par mois</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <comment>a sheet name: at most 31 characters</comment>
        <translation>Lignes de coût</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Code projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Period total</source>
        <translation>Total de la période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Budget consumed (%)</source>
        <translation>Budget consommé (%)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>Début de période de service</translation>
    </message>
    <message>
        <source>Service to</source>
        <translation>Fin de période de service</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Amount invoiced</source>
        <translation>Montant facturé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(sans fournisseur)</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the total row of a table</comment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV avec correspondance des colonnes</translation>
    </message>
    <message>
        <source>FOCUS billing export</source>
        <translation>Export de facturation FOCUS</translation>
    </message>
    <message>
        <source>OpenAI costs (JSON)</source>
        <translation>Coûts OpenAI (JSON)</translation>
    </message>
    <message>
        <source>Anthropic cost report (JSON)</source>
        <translation>Rapport de coûts Anthropic (JSON)</translation>
    </message>
    <message>
        <source>Azure cost details</source>
        <translation>Détails des coûts Azure</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report 2.0</source>
        <translation>AWS Cost and Usage Report 2.0</translation>
    </message>
    <message>
        <source>Google Cloud billing export</source>
        <translation>Export de facturation Google Cloud</translation>
    </message>
    <message>
        <source>OpenAI token usage (JSON)</source>
        <translation>Consommation de jetons OpenAI (JSON)</translation>
    </message>
    <message>
        <source>Anthropic token usage (JSON)</source>
        <translation>Consommation de jetons Anthropic (JSON)</translation>
    </message>
    <message>
        <source>Token usage (CSV)</source>
        <translation>Consommation de jetons (CSV)</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a text file: expected a CSV or JSON cost file</source>
        <translation>ce n’est pas un fichier texte : un fichier de coûts CSV ou JSON est attendu</translation>
    </message>
    <message>
        <source>the file is in UTF-16: save it as "CSV UTF-8" and import it again</source>
        <translation>le fichier est en UTF-16 : enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau</translation>
    </message>
    <message>
        <source>the line is longer than 1 MiB: this is not a cost export</source>
        <translation>la ligne dépasse 1 Mio : ce n’est pas un export de coûts</translation>
    </message>
    <message>
        <source>%1 columns, more than the %2 a cost file can have</source>
        <translation>%1 colonnes, alors qu’un fichier de coûts en compte au plus %2</translation>
    </message>
    <message>
        <source>no known format: choose a column mapping for this CSV file</source>
        <translation>aucun format reconnu : choisissez une correspondance des colonnes pour ce fichier CSV</translation>
    </message>
    <message>
        <source>the mapping has no column for the %1</source>
        <translation>la correspondance n’associe aucune colonne au champ %1</translation>
    </message>
    <message>
        <source>the column is missing from the header</source>
        <translation>la colonne est absente de l’en-tête</translation>
    </message>
    <message>
        <source>two columns have this name</source>
        <translation>deux colonnes portent ce nom</translation>
    </message>
    <message>
        <source>every date reads both as day/month and as month/day: choose the date order</source>
        <translation>chaque date peut se lire jour/mois comme mois/jour : choisissez l’ordre des dates</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>a quote mark where none may be (a field with quotes must be quoted whole)</source>
        <translation>guillemet mal placé (un champ contenant des guillemets doit être entièrement entre guillemets)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en compte %2</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>la valeur est manquante</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected %2)</source>
        <translation>« %1 » n’est pas une date (attendu : %2)</translation>
    </message>
    <message>
        <source>"%1" is not an amount (expected a number such as 1234.56 or 1 234,56)</source>
        <translation>« %1 » n’est pas un montant (nombre attendu, p. ex. 1234.56 ou 1 234,56)</translation>
    </message>
    <message>
        <source>"%1" is too large for a cost</source>
        <translation>« %1 » est trop élevé pour un coût</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code such as EUR or USD</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217 tel que EUR ou USD</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 on that date: add one on the Exchange rates page</source>
        <translation>aucun taux de change de %1 vers %2 à cette date : ajoutez-en un sur la page Taux de change</translation>
    </message>
    <message>
        <source>the period ends before it starts, or lasts more than %1 days</source>
        <translation>la période se termine avant de commencer, ou dure plus de %1 jours</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>le JSON est mal formé (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a quantity (expected a number of 0 or more)</source>
        <translation>« %1 » n’est pas une quantité (nombre positif ou nul attendu)</translation>
    </message>
    <message>
        <source>no project has the code "%1"</source>
        <translation>aucun projet ne porte le code « %1 »</translation>
    </message>
    <message>
        <source>"%1" is not a cost category</source>
        <translation>« %1 » n’est pas une catégorie de coût</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>with the rows before it of the same day and charge, the total reaches %1 %2: too large for one cost line</source>
        <translation>avec les lignes qui la précèdent pour le même jour et la même charge, le total atteint %1 %2 : trop grand pour une ligne de coût</translation>
    </message>
    <message>
        <source>"%1" is not a count of tokens or requests (expected a whole number of 0 or more)</source>
        <translation>« %1 » n’est pas un nombre de jetons ou de requêtes (attendu : un nombre entier positif ou nul)</translation>
    </message>
    <message>
        <source>%1 cached tokens is more than the %2 input tokens that include them</source>
        <translation>%1 jetons en cache, c’est plus que les %2 jetons d’entrée qui les comprennent</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1 tokens: %n row(s) priced from the model price catalog</source>
        <translation>
            <numerusform>%1 jetons : %n ligne valorisée au catalogue des prix</numerusform>
            <numerusform>%1 jetons : %n lignes valorisées au catalogue des prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priced row(s) fall in months whose bill is imported: the bill is their cost, and they are its check (usage against invoice)</source>
        <translation>
            <numerusform>%n ligne valorisée tombe dans un mois dont la facture est importée : la facture en est le coût, et elle en est le contrôle (consommation contre facture)</numerusform>
            <numerusform>%n lignes valorisées tombent dans des mois dont la facture est importée : la facture en est le coût, et elles en sont le contrôle (consommation contre facture)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 tokens have no price on their day: they are not booked (never at zero). Add the price, then import the file again:</source>
        <translation>
            <numerusform>%n ligne de %1 jetons n’a pas de prix ce jour-là : elle n’est pas comptabilisée (jamais à zéro). Ajoutez le prix, puis importez à nouveau le fichier :</numerusform>
            <numerusform>%n lignes de %1 jetons n’ont pas de prix ce jour-là : elles ne sont pas comptabilisées (jamais à zéro). Ajoutez le prix, puis importez à nouveau le fichier :</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1 %2, %3: %4 tokens</source>
        <translation>    %1 %2, %3 : %4 jetons</translation>
    </message>
    <message>
        <source>the bill now stands for %1 of usage priced from the catalog in the same months, which is no longer counted</source>
        <translation>la facture tient désormais lieu de %1 de consommation valorisée au catalogue sur les mêmes mois, qui n’est plus comptée</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Committee (CEO)</source>
        <translation>Comité (P-DG)</translation>
    </message>
    <message>
        <source>Delegated to CIO</source>
        <translation>Délégué au DSI</translation>
    </message>
    <message>
        <source>Delegated to CFO</source>
        <translation>Délégué au DAF</translation>
    </message>
    <message>
        <source>The portfolio</source>
        <translation>Le portefeuille</translation>
    </message>
    <message>
        <source>%1 has consumed %2 of its %3 budget (%4 of %5)</source>
        <translation>%1 a consommé %2 de son budget %3 (%4 sur %5)</translation>
    </message>
    <message>
        <source>%1 is forecast to reach %2 of its %3 budget (%4 of %5)</source>
        <translation>%1 devrait atteindre %2 de son budget %3 (%4 sur %5)</translation>
    </message>
    <message>
        <source>%1 spent %2 in %3, above the weekly limit of %4</source>
        <translation>%1 a dépensé %2 sur la semaine %3, au-delà du plafond hebdomadaire de %4</translation>
    </message>
    <message>
        <source>%1 spend grew %2 in %3 (%4 against %5 the week before)</source>
        <translation>%1 : dépenses en hausse de %2 sur la semaine %3 (%4 contre %5 la semaine précédente)</translation>
    </message>
    <message>
        <source>%1 spent %2 in %3, %4 times its recent weekly average of %5</source>
        <translation>%1 a dépensé %2 sur la semaine %3, soit %4 fois sa moyenne hebdomadaire récente de %5</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number and year: Q4 2026</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>80% of budget consumed</source>
        <translation>80 % du budget consommé</translation>
    </message>
    <message>
        <source>Budget exceeded</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <source>Forecast over budget</source>
        <translation>Prévision au-dessus du budget</translation>
    </message>
    <message>
        <source>weekly spike</source>
        <translation>pic hebdomadaire</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scope and default rule name</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cash</source>
        <comment>cost basis: by invoice date</comment>
        <translation>décaissements</translation>
    </message>
    <message>
        <source>accrual</source>
        <comment>cost basis: by service period</comment>
        <translation>engagements</translation>
    </message>
    <message>
        <source>FY %1</source>
        <comment>a fiscal year: FY 2026</comment>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>FY %1–%2</source>
        <comment>a fiscal year across two calendar years: FY 2026–27</comment>
        <translation>exercice %1-%2</translation>
    </message>
    <message>
        <source>%1: no portfolio envelope and no project budget</source>
        <translation>%1 : ni enveloppe du portefeuille ni budget de projet</translation>
    </message>
    <message>
        <source>%1: no portfolio envelope · sum of the project budgets %2</source>
        <translation>%1 : aucune enveloppe du portefeuille · somme des budgets des projets %2</translation>
    </message>
    <message>
        <source>unallocated reserve %1</source>
        <translation>réserve non allouée %1</translation>
    </message>
    <message>
        <source>projects over the envelope by %1</source>
        <translation>dépassement de l’enveloppe par les projets %1</translation>
    </message>
    <message>
        <source>%1: portfolio envelope %2 · sum of the project budgets %3 · %4</source>
        <translation>%1 : enveloppe du portefeuille %2 · somme des budgets des projets %3 · %4</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <extracomment>An ISO week as shown: 2026-W48 (%1 the year, %2 the week number); French writes 2026-S48.</extracomment>
        <translation>%1-S%2</translation>
    </message>
    <message>
        <source>W%1</source>
        <extracomment>An ISO week on a chart axis: W48; French writes S48.</extracomment>
        <translation>S%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 per 1M tokens</source>
        <translation>%1 par million de jetons</translation>
    </message>
    <message>
        <source>%1 on the week before</source>
        <translation>%1 sur une semaine</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 par requête</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Unit costs %1:</source>
        <translation>Coûts unitaires %1 :</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>CIO</source>
        <translation>DSI</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>DAF</translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation>Données internes</translation>
    </message>
    <message>
        <source>Confidential data</source>
        <translation>Données confidentielles</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <source>Strategic value</source>
        <translation>Valeur stratégique</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Data sensitivity</source>
        <translation>Sensibilité des données</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus c’est haut, mieux c’est</translation>
    </message>
    <message>
        <source>Higher is worse</source>
        <translation>Plus c’est haut, moins bien c’est</translation>
    </message>
    <message>
        <source>Routing accepted</source>
        <translation>Orientation acceptée</translation>
    </message>
    <message>
        <source>Routing overridden</source>
        <translation>Orientation écartée</translation>
    </message>
    <message>
        <source>: stays with %1</source>
        <translation> : reste à %1</translation>
    </message>
    <message>
        <source>: %1 → %2</source>
        <translation> : %1 → %2</translation>
    </message>
    <message>
        <source> (rules proposed %1)</source>
        <translation> (les règles proposaient %1)</translation>
    </message>
    <message>
        <source>budget of the year ≥ %1</source>
        <translation>budget de l’exercice ≥ %1</translation>
    </message>
    <message>
        <source>budget of the year &lt; %1</source>
        <translation>budget de l’exercice &lt; %1</translation>
    </message>
    <message>
        <source>any data</source>
        <translation>toutes données</translation>
    </message>
    <message>
        <source>confidential, personal or health data</source>
        <translation>données confidentielles, personnelles ou de santé</translation>
    </message>
    <message>
        <source>personal or health data</source>
        <translation>données personnelles ou de santé</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>données de santé</translation>
    </message>
    <message>
        <source>customer-facing</source>
        <translation>utilisé par les clients</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>usage interne</translation>
    </message>
    <message>
        <source>infrastructure only</source>
        <translation>infrastructure seule</translation>
    </message>
    <message>
        <source>a business use</source>
        <translation>un usage métier</translation>
    </message>
    <message>
        <source>%1 scored %2 or more</source>
        <translation>%1 noté %2 ou plus</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No rule delegates it: the committee keeps it</source>
        <translation>Aucune règle ne le délègue : le comité le garde</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Extend budget</source>
        <translation>Augmenter le budget</translation>
    </message>
    <message>
        <source>Delegate to the CIO</source>
        <translation>Déléguer à la DSI</translation>
    </message>
    <message>
        <source>Delegate to the CFO</source>
        <translation>Déléguer au DAF</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>: new budget of %1</source>
        <translation> : nouveau budget de %1</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Go/no-go</source>
        <translation>Go/no-go</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>d'au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>d'au plus %1</translation>
    </message>
    <message>
        <source>Committee session of %1</source>
        <translation>Séance du comité du %1</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>pyramid</source>
        <translation>pyramide</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>losange</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>%1 (not planned yet: the cadence's next day)</source>
        <translation>%1 (pas encore planifiée : prochaine date du rythme)</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (tenue)</translation>
    </message>
    <message>
        <source>%1: the rules propose the committee; %2 decides now</source>
        <translation>%1 : les règles proposent le comité ; aujourd'hui, %2 décide</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4</source>
        <translation>%1 : %2 %3 le %4</translation>
    </message>
    <message>
        <source>%1: %2 at %3 for a target of %4 (%5)</source>
        <translation>%1 : %2 à %3 pour une cible %4 (%5)</translation>
    </message>
    <message>
        <source> — %1, due %2</source>
        <translation> — %1, échéance %2</translation>
    </message>
    <message>
        <source> (done %1)</source>
        <translation> (faite le %1)</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Projects for the committee</source>
        <translation>Projets pour le comité</translation>
    </message>
    <message>
        <source>Milestones due or late</source>
        <translation>Jalons à échéance ou en retard</translation>
    </message>
    <message>
        <source>KPIs off target</source>
        <translation>Indicateurs hors cible</translation>
    </message>
    <message>
        <source>Decisions due</source>
        <translation>Décisions à échéance</translation>
    </message>
    <message>
        <source>Decisions of the session of %1</source>
        <translation>Décisions de la séance du %1</translation>
    </message>
    <message>
        <source>Nothing calls for the committee's attention.</source>
        <translation>Rien ne requiert l'attention du comité.</translation>
    </message>
    <message>
        <source>GenAI committee</source>
        <translation>Comité IA générative</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>contrôleur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Inference on own GPUs</source>
        <translation>Inférence sur GPU propres</translation>
    </message>
    <message>
        <source>Inference (API)</source>
        <translation>Inférence (API)</translation>
    </message>
    <message>
        <source>Prompt engineering and people</source>
        <translation>Ingénierie de prompts et équipes</translation>
    </message>
</context>
<context>
    <name>PlanSessionsCommand</name>
    <message>
        <source>Plan the committee's sessions</source>
        <translation>Planifier les séances du comité</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d’entrée</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>Jetons d’entrée en cache</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Jetons écrits en cache</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d’entraînement</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Audio minutes</source>
        <translation>Minutes audio</translation>
    </message>
    <message>
        <source>Hosting hours</source>
        <translation>Heures d’hébergement</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>per image</source>
        <translation>par image</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per 1M tokens</source>
        <translation>par million de jetons</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a price no longer in force</comment>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A price and what it is for: "$2.50 per 1M tokens", "2,73 € per hour".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
    <message>
        <source>Per 1,000 words generated</source>
        <translation>Pour 1 000 mots générés</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>First 12 months</source>
        <translation>12 premiers mois</translation>
    </message>
    <message numerus="yes">
        <source>Total over %n month(s)</source>
        <translation>
            <numerusform>Total sur %n mois</numerusform>
            <numerusform>Total sur %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEvaluationCommand</name>
    <message numerus="yes">
        <source>Score %1 on %n criterion(s)</source>
        <translation>
            <numerusform>Noter %1 sur %n critère</numerusform>
            <numerusform>Noter %1 sur %n critères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRoutingDecisionCommand</name>
    <message>
        <source>%1 decides for %2</source>
        <translation>%1 décide pour %2</translation>
    </message>
</context>
<context>
    <name>RecordSessionDecisionCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>RemoveAlertRuleCommand</name>
    <message>
        <source>Delete alert rule “%1”</source>
        <translation>Supprimer la règle d’alerte « %1 »</translation>
    </message>
</context>
<context>
    <name>RemoveFxRateCommand</name>
    <message>
        <source>Delete the %1 rate from %2</source>
        <translation>Supprimer le taux %1 à compter du %2</translation>
    </message>
</context>
<context>
    <name>RemoveKpiCommand</name>
    <message>
        <source>Remove the KPI “%1”</source>
        <translation>Supprimer l'indicateur « %1 »</translation>
    </message>
</context>
<context>
    <name>RemoveMilestoneCommand</name>
    <message>
        <source>Remove the %1 milestone of %2</source>
        <translation>Supprimer le jalon « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>Remove the session of %1</source>
        <translation>Supprimer la séance du %1</translation>
    </message>
</context>
<context>
    <name>RemoveTeamMemberCommand</name>
    <message>
        <source>Remove %1 from the roster</source>
        <translation>Retirer %1 des effectifs</translation>
    </message>
</context>
<context>
    <name>RemoveTrainingPlanCommand</name>
    <message>
        <source>Remove the training plan “%1”</source>
        <translation>Supprimer le plan de formation « %1 »</translation>
    </message>
</context>
<context>
    <name>ReplaceCriteriaCommand</name>
    <message>
        <source>Edit the evaluation criteria</source>
        <translation>Modifier les critères d’évaluation</translation>
    </message>
</context>
<context>
    <name>ReplaceRoutingRulesCommand</name>
    <message>
        <source>Edit the routing rules</source>
        <translation>Modifier les règles d’orientation</translation>
    </message>
</context>
<context>
    <name>ReportSentences</name>
    <message>
        <source>In %1 the portfolio spent %2, after nothing the week before.</source>
        <translation>Sur la semaine %1, le portefeuille a dépensé %2, après aucune dépense la semaine précédente.</translation>
    </message>
    <message>
        <source>In %1 the selected projects spent %2, after nothing the week before.</source>
        <translation>Sur la semaine %1, les projets sélectionnés ont dépensé %2, après aucune dépense la semaine précédente.</translation>
    </message>
    <message>
        <source>In %1 the portfolio spent %2, the same as the week before.</source>
        <translation>Sur la semaine %1, le portefeuille a dépensé %2, autant que la semaine précédente.</translation>
    </message>
    <message>
        <source>In %1 the selected projects spent %2, the same as the week before.</source>
        <translation>Sur la semaine %1, les projets sélectionnés ont dépensé %2, autant que la semaine précédente.</translation>
    </message>
    <message>
        <source>In %1 the portfolio spent %2: down %3 (%4) on the week before (%5).</source>
        <translation>Sur la semaine %1, le portefeuille a dépensé %2 : en baisse de %3 (%4) par rapport à la semaine précédente (%5).</translation>
    </message>
    <message>
        <source>In %1 the selected projects spent %2: down %3 (%4) on the week before (%5).</source>
        <translation>Sur la semaine %1, les projets sélectionnés ont dépensé %2 : en baisse de %3 (%4) par rapport à la semaine précédente (%5).</translation>
    </message>
    <message>
        <source>In %1 the portfolio spent %2: up %3 (%4) on the week before (%5).</source>
        <translation>Sur la semaine %1, le portefeuille a dépensé %2 : en hausse de %3 (%4) par rapport à la semaine précédente (%5).</translation>
    </message>
    <message>
        <source>In %1 the selected projects spent %2: up %3 (%4) on the week before (%5).</source>
        <translation>Sur la semaine %1, les projets sélectionnés ont dépensé %2 : en hausse de %3 (%4) par rapport à la semaine précédente (%5).</translation>
    </message>
    <message>
        <source>There is no %1 budget for this selection; the forecast for %1 is %2.</source>
        <translation>Il n’y a pas de budget %1 pour cette sélection ; la prévision %1 est de %2.</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>au-dessus du budget</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en ligne avec le budget</translation>
    </message>
    <message>
        <source>%1 of the %2 budget (%3) is consumed (%4); the forecast for %2 is %5, %6 of the budget: %7.</source>
        <translation>%1 du budget %2 (%3) est consommé (%4) ; la prévision %2 est de %5, soit %6 du budget : %7.</translation>
    </message>
    <message>
        <source>No alert is open.</source>
        <translation>Aucune alerte n’est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open, %1 critical.</source>
        <translation>
            <numerusform>%n alerte ouverte, dont %1 de gravité critique.</numerusform>
            <numerusform>%n alertes ouvertes, dont %1 de gravité critique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open, none critical.</source>
        <translation>
            <numerusform>%n alerte ouverte, non critique.</numerusform>
            <numerusform>%n alertes ouvertes, aucune critique.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads: %1.</source>
        <translation>Elle indique : %1.</translation>
    </message>
    <message>
        <source>The worst: %1; %2.</source>
        <translation>Les plus graves : %1 ; %2.</translation>
    </message>
</context>
<context>
    <name>RescheduleSessionCommand</name>
    <message>
        <source>Move the session of %1</source>
        <translation>Déplacer la séance du %1</translation>
    </message>
</context>
<context>
    <name>SaveEstimateCommand</name>
    <message>
        <source>Save the estimate “%1” of %2</source>
        <translation>Enregistrer l’estimation « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>SaveKpiCommand</name>
    <message>
        <source>Change the KPI “%1”</source>
        <translation>Modifier l'indicateur « %1 »</translation>
    </message>
    <message>
        <source>Add the KPI “%1”</source>
        <translation>Ajouter l'indicateur « %1 »</translation>
    </message>
</context>
<context>
    <name>SaveMilestoneCommand</name>
    <message>
        <source>Change the %1 milestone of %2</source>
        <translation>Modifier le jalon « %1 » de %2</translation>
    </message>
    <message>
        <source>Add a %1 milestone to %2</source>
        <translation>Ajouter un jalon « %1 » à %2</translation>
    </message>
</context>
<context>
    <name>SaveMinutesCommand</name>
    <message>
        <source>Minutes of the session of %1</source>
        <translation>Compte rendu de la séance du %1</translation>
    </message>
</context>
<context>
    <name>SaveTeamMemberCommand</name>
    <message>
        <source>Change %1 on the roster</source>
        <translation>Modifier %1 dans les effectifs</translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation>Ajouter %1 aux effectifs</translation>
    </message>
</context>
<context>
    <name>ScheduleSessionCommand</name>
    <message>
        <source>Plan a session on %1</source>
        <translation>Planifier une séance le %1</translation>
    </message>
</context>
<context>
    <name>SetAlertRuleEnabledCommand</name>
    <message>
        <source>Enable alert rule “%1”</source>
        <translation>Activer la règle d’alerte « %1 »</translation>
    </message>
    <message>
        <source>Disable alert rule “%1”</source>
        <translation>Désactiver la règle d’alerte « %1 »</translation>
    </message>
</context>
<context>
    <name>SetAutomatedHoursCommand</name>
    <message>
        <source>Automated hours of %1</source>
        <translation>Heures automatisées de %1</translation>
    </message>
</context>
<context>
    <name>SetBenchmarkVolumesCommand</name>
    <message numerus="yes">
        <source>Enter %n week(s) of volume for %1</source>
        <translation>
            <numerusform>Saisir %n semaine de volume pour %1</numerusform>
            <numerusform>Saisir %n semaines de volume pour %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetBudgetCommand</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Budget of %1, %2: %3 → %4</source>
        <translation>Budget (%1, %2) : %3 → %4</translation>
    </message>
    <message>
        <source>Budget of %1, %2</source>
        <translation>Budget (%1, %2)</translation>
    </message>
</context>
<context>
    <name>SetDecisionDoneCommand</name>
    <message>
        <source>Mark a decision done</source>
        <translation>Marquer une décision comme faite</translation>
    </message>
    <message>
        <source>Mark a decision to do</source>
        <translation>Marquer une décision comme à faire</translation>
    </message>
</context>
<context>
    <name>SetFxRateCommand</name>
    <message>
        <source>Set the %1 rate from %2</source>
        <translation>Définir le taux %1 à compter du %2</translation>
    </message>
</context>
<context>
    <name>SetKpiValuesCommand</name>
    <message numerus="yes">
        <source>Enter %n value(s) of “%1”</source>
        <translation>
            <numerusform>Saisir %n valeur de « %1 »</numerusform>
            <numerusform>Saisir %n valeurs de « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetProjectArchivedCommand</name>
    <message>
        <source>Archive project %1</source>
        <translation>Archiver le projet %1</translation>
    </message>
    <message>
        <source>Unarchive project %1</source>
        <translation>Désarchiver le projet %1</translation>
    </message>
</context>
<context>
    <name>SetTalentTargetsCommand</name>
    <message>
        <source>Set the target shape of the teams</source>
        <translation>Fixer la forme cible des équipes</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Key figures, week %1</source>
        <translation>Chiffres clés, semaine %1</translation>
    </message>
    <message>
        <source>Weekly spend by category</source>
        <translation>Dépenses hebdomadaires par catégorie</translation>
    </message>
    <message>
        <source>Cumulative spend against budget</source>
        <translation>Dépenses cumulées et budget</translation>
    </message>
    <message>
        <source>Spend by category</source>
        <translation>Dépenses par catégorie</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Dépenses par projet</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 · data as of %4</source>
        <translation>%1 / %2 · %3 · données au %4</translation>
    </message>
    <message>
        <source>Spent, %1 to date</source>
        <translation>Dépenses à date, %1</translation>
    </message>
    <message>
        <source>%1 of the budget to date (%2)</source>
        <translation>%1 du budget à date (%2)</translation>
    </message>
    <message>
        <source>no budget to date</source>
        <translation>aucun budget à date</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
    <message>
        <source>%1 of the %2 budget (%3)</source>
        <translation>%1 du budget %2 (%3)</translation>
    </message>
    <message>
        <source>no %1 budget</source>
        <translation>aucun budget %1</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 consumed</source>
        <translation>%1 consommé</translation>
    </message>
    <message>
        <source>forecast overrun %1</source>
        <translation>dépassement prévisionnel %1</translation>
    </message>
    <message>
        <source>forecast headroom %1</source>
        <translation>marge prévisionnelle %1</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>%1 vs last week</source>
        <translation>%1 sur une semaine</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the alert centre</source>
        <translation>
            <numerusform>et %n autre dans le centre d’alertes</numerusform>
            <numerusform>et %n autres dans le centre d’alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alert.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>n/a</source>
        <comment>a ratio without a budget to divide by</comment>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no budget</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>cash basis</source>
        <comment>costs on their invoice date</comment>
        <translation>base décaissements</translation>
    </message>
    <message>
        <source>accrual basis</source>
        <comment>costs over their service period</comment>
        <translation>base engagements</translation>
    </message>
    <message>
        <source>CostBoard snapshot %1 to %2 (%3 to %4, %5, %6)</source>
        <translation>Instantané CostBoard du %1 au %2 (%3 à %4, %5, %6)</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>Total de la période</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>Change vs last week</source>
        <translation>Écart avec la semaine passée</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Moyenne sur 4 semaines</translation>
    </message>
    <message>
        <source>Budget to date</source>
        <translation>Budget à date</translation>
    </message>
    <message>
        <source>%1 (consumed %2)</source>
        <translation>%1 (consommé %2)</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Prévision pour %1</translation>
    </message>
    <message>
        <source>%1 (%2 of the budget)</source>
        <translation>%1 (%2 du budget)</translation>
    </message>
    <message>
        <source>  of which actual</source>
        <translation>  dont réel</translation>
    </message>
    <message>
        <source>  booked ahead</source>
        <translation>  engagé d’avance</translation>
    </message>
    <message>
        <source>  recurring, scheduled</source>
        <translation>  récurrent, planifié</translation>
    </message>
    <message>
        <source>  variable, projected</source>
        <translation>  variable, projeté</translation>
    </message>
    <message>
        <source>Lines without an FX rate (not counted)</source>
        <translation>Lignes sans taux de change (non comptées)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Par projet</translation>
    </message>
</context>
<context>
    <name>SpreadBudgetCommand</name>
    <message>
        <source>Spread %1 over the months of %2 for %3</source>
        <translation>Répartir %1 sur les mois de l’exercice pour %3 (%2)</translation>
    </message>
</context>
<context>
    <name>UnitCosts</name>
    <message>
        <source>%1T</source>
        <translation>%1 Bn</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tokens</source>
        <comment>unit name in a list</comment>
        <translation>jetons</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <comment>a quantity and its unit: 12,000 tokens</comment>
        <translation>
            <numerusform>%1 jeton</numerusform>
            <numerusform>%1 jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>words</source>
        <comment>unit name in a list</comment>
        <translation>mots</translation>
    </message>
    <message numerus="yes">
        <source>%1 word(s)</source>
        <comment>a quantity and its unit: 5,000 words</comment>
        <translation>
            <numerusform>%1 mot</numerusform>
            <numerusform>%1 mots</numerusform>
        </translation>
    </message>
    <message>
        <source>characters</source>
        <comment>unit name in a list</comment>
        <translation>caractères</translation>
    </message>
    <message numerus="yes">
        <source>%1 character(s)</source>
        <comment>a quantity and its unit: 50,000 characters</comment>
        <translation>
            <numerusform>%1 caractère</numerusform>
            <numerusform>%1 caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>requests</source>
        <comment>unit name in a list</comment>
        <translation>requêtes</translation>
    </message>
    <message numerus="yes">
        <source>%1 request(s)</source>
        <comment>a quantity and its unit: 1.5 requests</comment>
        <translation>
            <numerusform>%1 requête</numerusform>
            <numerusform>%1 requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>images</source>
        <comment>unit name in a list</comment>
        <translation>images</translation>
    </message>
    <message numerus="yes">
        <source>%1 image(s)</source>
        <comment>a quantity and its unit: 40 images</comment>
        <translation>
            <numerusform>%1 image</numerusform>
            <numerusform>%1 images</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <comment>unit name in a list</comment>
        <translation>documents</translation>
    </message>
    <message numerus="yes">
        <source>%1 document(s)</source>
        <comment>a quantity and its unit: 300 documents</comment>
        <translation>
            <numerusform>%1 document</numerusform>
            <numerusform>%1 documents</numerusform>
        </translation>
    </message>
    <message>
        <source>pages</source>
        <comment>unit name in a list</comment>
        <translation>pages</translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s)</source>
        <comment>a quantity and its unit: 1,200 pages</comment>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message>
        <source>users</source>
        <comment>unit name in a list</comment>
        <translation>utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 user(s)</source>
        <comment>a quantity and its unit: 25 users</comment>
        <translation>
            <numerusform>%1 utilisateur</numerusform>
            <numerusform>%1 utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>seats</source>
        <comment>unit name in a list: licence seats</comment>
        <translation>sièges</translation>
    </message>
    <message numerus="yes">
        <source>%1 seat(s)</source>
        <comment>a quantity and its unit: 25 licence seats</comment>
        <translation>
            <numerusform>%1 siège</numerusform>
            <numerusform>%1 sièges</numerusform>
        </translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit name in a list</comment>
        <translation>heures</translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <comment>a quantity and its unit: 720 hours</comment>
        <translation>
            <numerusform>%1 heure</numerusform>
            <numerusform>%1 heures</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <comment>unit name in a list</comment>
        <translation>heures GPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU-hour(s)</source>
        <comment>a quantity and its unit: 96 GPU-hours</comment>
        <translation>
            <numerusform>%1 heure GPU</numerusform>
            <numerusform>%1 heures GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>person-days</source>
        <comment>unit name in a list</comment>
        <translation>jours-homme</translation>
    </message>
    <message numerus="yes">
        <source>%1 person-day(s)</source>
        <comment>a quantity and its unit: 12.5 person-days</comment>
        <translation>
            <numerusform>%1 jour-homme</numerusform>
            <numerusform>%1 jours-homme</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit name in a list</comment>
        <translation>jours</translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <comment>a quantity and its unit: 30 days</comment>
        <translation>
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>months</source>
        <comment>unit name in a list</comment>
        <translation>mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 month(s)</source>
        <comment>a quantity and its unit: 12 months</comment>
        <translation>
            <numerusform>%1 mois</numerusform>
            <numerusform>%1 mois</numerusform>
        </translation>
    </message>
    <message>
        <source>GB</source>
        <comment>unit name in a list: gigabytes</comment>
        <translation>Go</translation>
    </message>
    <message numerus="yes">
        <source>%1 GB</source>
        <comment>a quantity of gigabytes: 250 GB</comment>
        <translation>
            <numerusform>%1 Go</numerusform>
            <numerusform>%1 Go</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit name in a list: audio transcribed or spoken</comment>
        <translation>minutes</translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <comment>a quantity and its unit: 90 minutes</comment>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>last 13 weeks</source>
        <translation>13 dernières semaines</translation>
    </message>
    <message>
        <source>last 26 weeks</source>
        <translation>26 dernières semaines</translation>
    </message>
    <message>
        <source>quarter to date</source>
        <translation>trimestre à date</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>exercice à date</translation>
    </message>
    <message>
        <source>last 52 weeks</source>
        <translation>52 dernières semaines</translation>
    </message>
    <message>
        <source>custom period</source>
        <translation>période personnalisée</translation>
    </message>
    <message>
        <source>Weekly cost report · %1</source>
        <translation>Rapport hebdomadaire des coûts · %1</translation>
    </message>
    <message>
        <source>CostBoard · database %1</source>
        <translation>CostBoard · base de données %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Weekly spend against budget</source>
        <translation>Dépenses hebdomadaires et budget</translation>
    </message>
    <message>
        <source>Breakdown by category and by project</source>
        <translation>Répartition par catégorie et par projet</translation>
    </message>
    <message>
        <source>Weekly cost report</source>
        <translation>Rapport hebdomadaire des coûts</translation>
    </message>
    <message>
        <source>Generative AI portfolio</source>
        <translation>Portefeuille de projets d’IA générative</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>tous les projets</translation>
    </message>
    <message>
        <source>last import %1</source>
        <translation>dernier import le %1</translation>
    </message>
    <message>
        <source>no file imported yet: costs entered in CostBoard</source>
        <translation>aucun fichier importé pour l’instant : coûts saisis dans CostBoard</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base de comptabilisation</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Figures to</source>
        <translation>Chiffres arrêtés au</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>État des données</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>The week in three sentences</source>
        <translation>La semaine en trois phrases</translation>
    </message>
    <message>
        <source>Largest movers vs last week</source>
        <translation>Plus fortes variations sur une semaine</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune variation.</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (de %2 à %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals.</source>
        <translation>
            <numerusform>%n ligne de coût dans une devise sans taux de change est exclue des totaux.</numerusform>
            <numerusform>%n lignes de coût dans une devise sans taux de change sont exclues des totaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the period's spend is in no project yet (Unallocated).</source>
        <translation>Dépenses de la période non encore affectées à un projet (« Non affecté ») : %1.</translation>
    </message>
    <message>
        <source>Spend in %1: %2 · budget of the week %3 · spend of the period to date %4</source>
        <translation>Dépenses de la semaine %1 : %2 · budget de la semaine %3 · dépenses de la période à date %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Breakdown by vendor</source>
        <translation>Répartition par fournisseur</translation>
    </message>
    <message>
        <source>Breakdown by vendor (continued)</source>
        <translation>Répartition par fournisseur (suite)</translation>
    </message>
    <message>
        <source>Spend of the period %1 by vendor or provider, largest first.</source>
        <translation>Dépenses de la période (%1) par fournisseur ou prestataire, par montant décroissant.</translation>
    </message>
    <message>
        <source>No spend in the period.</source>
        <translation>Aucune dépense sur la période.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>Dépenses à date</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>Sur une semaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no budget</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Projects (continued)</source>
        <translation>Projets (suite)</translation>
    </message>
    <message>
        <source>Budget, spend and forecast of %1 (%2), as of %3; the change is %4 against the week before. The dot is the budget's health: green on track, amber at risk, red over budget.</source>
        <translation>Budget, dépenses et prévision %1 (%2), au %3 ; la variation est celle de la semaine %4 par rapport à la semaine précédente. La pastille indique la santé du budget : vert, en ligne avec le budget ; orange, à risque ; rouge, au-dessus du budget.</translation>
    </message>
    <message>
        <source>No project in this selection has a budget or spend.</source>
        <translation>Aucun projet de cette sélection n’a de budget ni de dépenses.</translation>
    </message>
    <message>
        <source>%1 · raised %2 · %3</source>
        <translation>%1 · déclenchée le %2 · %3</translation>
    </message>
    <message>
        <source>Acknowledged by %1: “%2”</source>
        <translation>Acquittée par %1 : « %2 »</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alerts (continued)</source>
        <translation>Alertes (suite)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts raised in %1 or still open at its end, worst first (%n open).</source>
        <translation>
            <numerusform>Alertes déclenchées sur la semaine %1 ou encore ouvertes à sa fin, des plus graves aux moins graves (%n ouverte).</numerusform>
            <numerusform>Alertes déclenchées sur la semaine %1 ou encore ouvertes à sa fin, des plus graves aux moins graves (%n ouvertes).</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert was raised or open in %1.</source>
        <translation>Aucune alerte déclenchée ni ouverte sur la semaine %1.</translation>
    </message>
    <message>
        <source>Weekly cost report %1</source>
        <translation>Rapport hebdomadaire des coûts %1</translation>
    </message>
    <message>
        <source>Estimates against actuals</source>
        <translation>Estimations face au réel</translation>
    </message>
    <message>
        <source>Each project's latest saved estimate (Estimator, Total cost) against what the project cost in the same categories, from the estimate's first month to %1, on the accrual basis. The gap is red when the project costs more than estimated.</source>
        <translation>La dernière estimation enregistrée de chaque projet (Estimateur, Coût total) face à ce que le projet a coûté dans les mêmes catégories, du premier mois de l’estimation au %1, en engagements. L’écart est en rouge quand le projet coûte plus que prévu.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Estimated to date</source>
        <translation>Estimé à date</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Réel à date</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>the projects decided by: %1</source>
        <translation>les projets décidés par : %1</translation>
    </message>
    <message>
        <source>Committee agenda</source>
        <translation>Ordre du jour du comité</translation>
    </message>
    <message>
        <source>Committee agenda (continued)</source>
        <translation>Ordre du jour du comité (suite)</translation>
    </message>
</context>
<context>
    <name>WeeklyReportActions</name>
    <message>
        <source>Weekly Report</source>
        <translation>Rapport hebdomadaire</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Le rapport n’a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>Export Weekly Report</source>
        <translation>Exporter le rapport hebdomadaire</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>The report for %1 was saved to %2 (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>Le rapport de la semaine %1 a été enregistré dans %2 (%n page). L’ouvrir maintenant ?</numerusform>
            <numerusform>Le rapport de la semaine %1 a été enregistré dans %2 (%n pages). L’ouvrir maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly cost report %1</source>
        <translation>Rapport hebdomadaire des coûts %1</translation>
    </message>
    <message>
        <source>Print Weekly Report</source>
        <translation>Imprimer le rapport hebdomadaire</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Le rapport n’a pas pu être imprimé : %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Redo Failed</source>
        <translation>Échec du rétablissement</translation>
    </message>
    <message>
        <source>Undo Failed</source>
        <translation>Échec de l’annulation</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>« %1 » n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>« %1 » n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>It has been removed from the undo history.</source>
        <translation>L’action a été retirée de l’historique des annulations.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reload to see their change, or overwrite it with yours?</source>
        <translation>Recharger pour voir sa modification, ou l’écraser avec la vôtre ?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Overwrite Failed</source>
        <translation>Échec de l’écrasement</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>« %1 » n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>« %1 » n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>costboard::ErrorText</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>compte %1 caractères ; %2 au plus sont admis</translation>
    </message>
    <message>
        <source>"%1" is not a known ISO 4217 currency code (e.g. EUR, USD)</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217 connu (par ex. EUR, USD)</translation>
    </message>
    <message>
        <source>is missing or not a valid date (expected YYYY-MM-DD)</source>
        <translation>est absente ou n’est pas une date valide (format attendu AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is outside the accepted range %2 to %3</source>
        <translation>%1 est hors de la plage admise, de %2 à %3</translation>
    </message>
    <message>
        <source>needs both a first day and an end day</source>
        <translation>demande un premier jour et un jour de fin</translation>
    </message>
    <message>
        <source>must end after it starts (%1 to %2, end exclusive)</source>
        <translation>doit finir après son début (%1 à %2, fin exclue)</translation>
    </message>
    <message>
        <source>covers %1 days; at most %2 are accepted</source>
        <translation>couvre %1 jours ; %2 au plus sont admis</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>ne doit pas être nul</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>%1 %2 is implausibly large (limit: %3 %2)</source>
        <translation>%1 %2 est invraisemblablement élevé (limite : %3 %2)</translation>
    </message>
    <message>
        <source>%1 is not a known cost category</source>
        <translation>%1 n’est pas une catégorie de coût connue</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>"%1" may only hold letters, digits, '-' and '_'</source>
        <translation>« %1 » ne peut contenir que des lettres, des chiffres, « - » et « _ »</translation>
    </message>
    <message>
        <source>"%1" is already used by project "%2"</source>
        <translation>« %1 » est déjà utilisé par le projet « %2 »</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>est antérieure à la date de début</translation>
    </message>
    <message>
        <source>project %1 does not exist</source>
        <translation>le projet %1 n’existe pas</translation>
    </message>
    <message>
        <source>"%1" receives imported costs no rule places and cannot be deleted</source>
        <translation>« %1 » reçoit les coûts importés qu’aucune règle ne place et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>"%1" has cost lines (%2) and cannot be deleted: archive it instead</source>
        <translation>« %1 » a des lignes de coût (%2) et ne peut pas être supprimé : archivez-le plutôt</translation>
    </message>
    <message>
        <source>cost line %1 does not exist</source>
        <translation>la ligne de coût %1 n’existe pas</translation>
    </message>
    <message>
        <source>budget %1 does not exist</source>
        <translation>le budget %1 n’existe pas</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>doit être le premier jour d’un mois</translation>
    </message>
    <message>
        <source>%1 is not the first day of a fiscal quarter</source>
        <translation>%1 n’est pas le premier jour d’un trimestre fiscal</translation>
    </message>
    <message>
        <source>%1 is not the first day of a fiscal year</source>
        <translation>%1 n’est pas le premier jour d’un exercice fiscal</translation>
    </message>
    <message>
        <source>a currency has no rate into itself</source>
        <translation>une devise n’a pas de taux vers elle-même</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>FX rate %1 does not exist</source>
        <translation>le taux de change %1 n’existe pas</translation>
    </message>
    <message>
        <source>budgets in %2 exist (%1): remove them before reporting in %3</source>
        <translation>des budgets en %2 existent (%1) : supprimez-les avant de passer le reporting en %3</translation>
    </message>
    <message>
        <source>must be between 1 and 12</source>
        <translation>doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>alert rule %1 does not exist</source>
        <translation>la règle d’alerte %1 n’existe pas</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>l’alerte %1 n’existe pas</translation>
    </message>
    <message>
        <source>the alert is already resolved</source>
        <translation>l’alerte est déjà résolue</translation>
    </message>
    <message>
        <source>must be between %1 % and %2 % of the budget</source>
        <translation>doit être compris entre %1 % et %2 % du budget</translation>
    </message>
    <message>
        <source>must be a growth between %1 % and %2 %</source>
        <translation>doit être une hausse comprise entre %1 % et %2 %</translation>
    </message>
    <message>
        <source>must be a positive amount</source>
        <translation>doit être un montant positif</translation>
    </message>
    <message>
        <source>must be a multiple between %1 and %2</source>
        <translation>doit être un multiple compris entre %1 et %2</translation>
    </message>
    <message>
        <source>import %1 does not exist</source>
        <translation>l’import %1 n’existe pas</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>l’import %1 a déjà été annulé</translation>
    </message>
    <message>
        <source>is not a valid ISO week</source>
        <translation>n’est pas une semaine ISO valide</translation>
    </message>
    <message>
        <source>%1 with %2 weeks of history does not fit between %3 and %4</source>
        <translation>%1 avec %2 semaines d’historique ne tient pas entre %3 et %4</translation>
    </message>
    <message>
        <source>There is no longer a project with code %1.</source>
        <translation>Il n’existe plus de projet portant le code %1.</translation>
    </message>
    <message>
        <source>The alert rule no longer exists.</source>
        <translation>La règle d’alerte n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” is a built-in rule: it cannot be deleted, only disabled.</source>
        <translation>« %1 » est une règle prédéfinie : elle ne peut pas être supprimée, seulement désactivée.</translation>
    </message>
    <message>
        <source>Amount overflow: the sum exceeds the largest storable amount</source>
        <translation>Dépassement de montant : la somme dépasse le plus grand montant enregistrable</translation>
    </message>
    <message>
        <source>Amount overflow: the difference exceeds the largest storable amount</source>
        <translation>Dépassement de montant : la différence dépasse le plus grand montant enregistrable</translation>
    </message>
    <message>
        <source>Amount overflow while converting or spreading an amount</source>
        <translation>Dépassement de montant lors de la conversion ou de la répartition d’un montant</translation>
    </message>
    <message>
        <source>Cannot add amounts in %1 and %2: convert them to one currency first</source>
        <translation>Impossible d’additionner des montants en %1 et en %2 : convertissez-les d’abord dans une même devise</translation>
    </message>
    <message>
        <source>Cannot subtract amounts in %1 and %2: convert them to one currency first</source>
        <translation>Impossible de soustraire des montants en %1 et en %2 : convertissez-les d’abord dans une même devise</translation>
    </message>
    <message>
        <source>Cannot compare amounts in %1 and %2: convert them to one currency first</source>
        <translation>Impossible de comparer des montants en %1 et en %2 : convertissez-les d’abord dans une même devise</translation>
    </message>
    <message>
        <source>Cannot scale an amount by a ratio with a zero denominator</source>
        <translation>Impossible de multiplier un montant par un rapport de dénominateur nul</translation>
    </message>
    <message>
        <source>%1 %2 is implausibly large for one cost line</source>
        <translation>%1 %2 est invraisemblablement élevé pour une seule ligne de coût</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 does not exist: check the name, or create a database first</source>
        <translation>%1 n’existe pas : vérifiez le nom, ou créez d’abord une base</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist</source>
        <translation>Impossible de créer %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>This SQLite build cannot enforce foreign keys</source>
        <translation>Cette version de SQLite ne sait pas faire respecter les clés étrangères</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>Transaction committed twice</source>
        <translation>Transaction validée deux fois</translation>
    </message>
    <message>
        <source>Not a CostBoard database: %1 (it was not changed)</source>
        <translation>Pas une base CostBoard : %1 (elle n’a pas été modifiée)</translation>
    </message>
    <message>
        <source>%1 was written by a newer CostBoard (schema version %2; this version understands up to %3). It was not changed: open it with a newer CostBoard.</source>
        <translation>%1 a été écrit par un CostBoard plus récent (version de schéma %2 ; cette version comprend jusqu’à la %3). Il n’a pas été modifié : ouvrez-le avec un CostBoard plus récent.</translation>
    </message>
    <message>
        <source>the database has no Unallocated project (schema version 5 creates it): it was changed outside CostBoard</source>
        <translation>la base n’a pas de projet Non affecté (la version de schéma 5 le crée) : elle a été modifiée hors de CostBoard</translation>
    </message>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Impossible de préparer l’import : %1</translation>
    </message>
    <message>
        <source>Could not store an imported row: %1</source>
        <translation>Impossible d’enregistrer une ligne importée : %1</translation>
    </message>
    <message>
        <source>The database already holds projects: a demo portfolio is only written into an empty database</source>
        <translation>La base contient déjà des projets : un portefeuille de démonstration ne s’écrit que dans une base vide</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>Le rapport ne peut pas être dessiné sur ce périphérique.</translation>
    </message>
    <message>
        <source>The report's page %1 cannot be added.</source>
        <translation>La page %1 du rapport ne peut pas être ajoutée.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>impossible de créer le classeur %1</translation>
    </message>
    <message>
        <source>the table %1 has %2 rows, more than the %3 an Excel sheet holds: export it as CSV, or choose a shorter period</source>
        <translation>le tableau %1 a %2 lignes, plus que les %3 que contient une feuille Excel : exportez-le en CSV, ou choisissez une période plus courte</translation>
    </message>
    <message>
        <source>cannot add the sheet of %1 to %2</source>
        <translation>impossible d’ajouter la feuille de %1 à %2</translation>
    </message>
    <message>
        <source>cannot add the table %1 to %2: %3</source>
        <translation>impossible d’ajouter le tableau %1 à %2 : %3</translation>
    </message>
    <message>
        <source>cannot write row %1 of %2: %3</source>
        <translation>impossible d’écrire la ligne %1 de %2 : %3</translation>
    </message>
    <message>
        <source>cannot write Excel files: the library %1 cannot be opened (%2); install the package libxlsxwriter4</source>
        <translation>impossible d’écrire des fichiers Excel : la bibliothèque %1 ne peut pas être ouverte (%2) ; installez le paquet libxlsxwriter4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité métier</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Période de service</translation>
    </message>
    <message>
        <source>Service period start</source>
        <translation>Début de la période de service</translation>
    </message>
    <message>
        <source>Service period end</source>
        <translation>Fin de la période de service</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Ligne de coût</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Quote currency</source>
        <translation>Devise de cotation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>En vigueur à compter du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Devise de reporting</translation>
    </message>
    <message>
        <source>Fiscal year start month</source>
        <translation>Début de l’exercice</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Trailing weeks</source>
        <translation>Semaines de référence</translation>
    </message>
    <message>
        <source>Alert rule</source>
        <translation>Règle d’alerte</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A form field's label, then what is wrong with its value ("Code: must not be empty").</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 uses the schema of an older CostBoard (version %2; this version writes %3), and this command only reads: it was not changed. Open it once in CostBoard, or run "costboard alerts --db" on it, to upgrade it (a backup is written beside it first).</source>
        <translation>%1 utilise le schéma d’un CostBoard plus ancien (version %2 ; cette version écrit la %3), et cette commande ne fait que lire : il n’a pas été modifié. Ouvrez-le une fois dans CostBoard, ou lancez « costboard alerts --db » dessus, pour le mettre à jour (une sauvegarde est d’abord écrite à côté).</translation>
    </message>
    <message>
        <source>%1 is being created or upgraded by another CostBoard, which has not finished: try again in a moment</source>
        <translation>%1 est en cours de création ou de mise à jour par un autre CostBoard, qui n’a pas terminé : réessayez dans un instant</translation>
    </message>
    <message>
        <source>%1 cannot use SQLite's write-ahead log (journal mode "%2"): keep the database on a local disk, or use a PostgreSQL server to share it</source>
        <translation>%1 ne peut pas utiliser le journal d’écriture anticipée de SQLite (mode « %2 ») : gardez la base sur un disque local, ou utilisez un serveur PostgreSQL pour la partager</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its backup %2 could not be written (%3)</source>
        <translation>%1 n’a pas été mis à jour : sa sauvegarde %2 n’a pas pu être écrite (%3)</translation>
    </message>
    <message>
        <source>The database refused a value out of its domain (%1); nothing was changed. If the database was edited outside CostBoard, run "costboard check --db" on it.</source>
        <translation>La base a refusé une valeur hors de son domaine (%1) ; rien n’a été modifié. Si la base a été modifiée hors de CostBoard, lancez « costboard check --db » sur elle.</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite's integrity check reports %1 problem(s), the first being: %2. Restore a backup.</source>
        <translation>Le fichier est endommagé : le contrôle d’intégrité de SQLite signale %1 problème(s), dont le premier : %2. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to rows of %3 that do not exist.</source>
        <translation>%1 ligne(s) de %2 renvoient à des lignes de %3 qui n’existent pas.</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 belong to nothing in %3.</source>
        <translation>%1 ligne(s) de %2 ne se rattachent à rien dans %3.</translation>
    </message>
    <message>
        <source>%1 row(s) hold a value CostBoard never writes in %2 (edited outside CostBoard?).</source>
        <translation>%1 ligne(s) contiennent dans %2 une valeur que CostBoard n’écrit jamais (modifiée hors de CostBoard ?).</translation>
    </message>
    <message>
        <source>%1 daily total(s) between %2 and %3 do not match the cost lines: the figures of those days are wrong until repaired.</source>
        <translation>%1 total(s) journalier(s) entre le %2 et le %3 ne correspondent pas aux lignes de coût : les chiffres de ces jours sont faux jusqu’à la réparation.</translation>
    </message>
    <message>
        <source>The totals of %1 import(s) do not match their cost lines.</source>
        <translation>Les totaux de %1 import(s) ne correspondent pas à leurs lignes de coût.</translation>
    </message>
    <message>
        <source>%1 cost line(s) hold a reporting amount that is not their amount converted at the rate of their date.</source>
        <translation>%1 ligne(s) de coût ont un montant de reporting qui n’est pas leur montant converti au taux de leur date.</translation>
    </message>
    <message>
        <source>The search index of the cost lines does not match them: a search may miss lines.</source>
        <translation>L’index de recherche des lignes de coût ne leur correspond pas : une recherche peut manquer des lignes.</translation>
    </message>
    <message>
        <source>The database holds “%1” where a whole number belongs (an amount, a count or an identifier), so its figures cannot be trusted. Run "costboard check --db" on it to find the rows.</source>
        <translation>La base contient « %1 » là où un nombre entier est attendu (un montant, un nombre ou un identifiant) : ses chiffres ne sont pas fiables. Lancez « costboard check --db » sur elle pour trouver les lignes.</translation>
    </message>
    <message>
        <source>another CostBoard write kept %1 busy for more than %2 s: nothing was stored; try again once it has finished</source>
        <translation>une autre écriture de CostBoard a occupé %1 pendant plus de %2 s : rien n’a été enregistré ; réessayez une fois qu’elle sera terminée</translation>
    </message>
    <message>
        <source>reaches %1, more than the %2 CostBoard counts</source>
        <translation>atteint %1, plus que les %2 que CostBoard compte</translation>
    </message>
    <message>
        <source>no price of %3 is known for %2 (%1) on %4: add it on the Prices page or import a price list</source>
        <translation>aucun prix des %3 n’est connu pour %2 (%1) au %4 : ajoutez-le dans la page Prix ou importez une liste de prix</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation>%1, ligne %2 : JSON non valide (%3)</translation>
    </message>
    <message>
        <source>%1 is neither a CostBoard price list nor LiteLLM's model price map</source>
        <translation>%1 n’est ni une liste de prix CostBoard ni la table des prix de modèles de LiteLLM</translation>
    </message>
    <message>
        <source>%1, line %2, entry %3: the field "%4" is missing</source>
        <translation>%1, ligne %2, entrée %3 : le champ « %4 » manque</translation>
    </message>
    <message>
        <source>%1, line %2, entry %3, field "%4": %5 is not a price (a non-negative decimal number)</source>
        <translation>%1, ligne %2, entrée %3, champ « %4 » : %5 n’est pas un prix (un nombre décimal positif ou nul)</translation>
    </message>
    <message>
        <source>%1, line %2, entry %3, field "%4": "%5" is not a date (expected YYYY-MM-DD)</source>
        <translation>%1, ligne %2, entrée %3, champ « %4 » : « %5 » n’est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1, line %2, entry %3, field "currency": "%4" is not a known ISO 4217 currency code</source>
        <translation>%1, ligne %2, entrée %3, champ « currency » : « %4 » n’est pas un code de devise ISO 4217 connu</translation>
    </message>
    <message>
        <source>%1, line %2, entry %3: "%4" is not something CostBoard prices there (expected one of: %5)</source>
        <translation>%1, ligne %2, entrée %3 : « %4 » n’est pas un élément que CostBoard tarife à cet endroit (attendu l’un de : %5)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tokens per word</source>
        <translation>Jetons par mot</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>Croissance mensuelle</translation>
    </message>
    <message>
        <source>Input words</source>
        <translation>Mots en entrée</translation>
    </message>
    <message>
        <source>Output words</source>
        <translation>Mots en sortie</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d’entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>Jetons d’entrée en cache</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d’entraînement</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Hosting hours</source>
        <translation>Heures d’hébergement</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>The demo could not import its file %1 (at %2)</source>
        <translation>La démonstration n’a pas pu importer son fichier %1 (à %2)</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 on %3: enter one on the Exchange rates page, so that the estimate is in the reporting currency</source>
        <translation>aucun taux de change de %1 en %2 au %3 : saisissez-en un dans la page Taux de change, pour que l’estimation soit dans la devise de restitution</translation>
    </message>
    <message>
        <source>saved estimate %1 no longer exists</source>
        <translation>l’estimation enregistrée %1 n’existe plus</translation>
    </message>
    <message>
        <source>Another criterion is already named “%1”.</source>
        <translation>Un autre critère s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above zero, or no project can be ranked.</source>
        <translation>Au moins un critère doit avoir un poids supérieur à zéro, sans quoi aucun projet ne peut être classé.</translation>
    </message>
    <message>
        <source>Evaluation criterion %1 no longer exists. Reload the page and try again.</source>
        <translation>Le critère d’évaluation %1 n’existe plus. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>The criterion “%1” was taken off the list: projects are no longer scored on it.</source>
        <translation>Le critère « %1 » a été retiré de la liste : les projets ne sont plus notés sur lui.</translation>
    </message>
    <message>
        <source>A routing rule needs at least one condition, or it would send every project.</source>
        <translation>Une règle d’orientation doit avoir au moins une condition, sans quoi elle orienterait tous les projets.</translation>
    </message>
    <message>
        <source>The budget a rule stops at must be above the budget it starts from.</source>
        <translation>Le budget où s’arrête une règle doit être supérieur à celui où elle commence.</translation>
    </message>
    <message>
        <source>Decision %1 is no longer in the log. Reload the page and try again.</source>
        <translation>La décision %1 n’est plus au registre. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>Milestone %1 no longer exists. Reload the page and try again.</source>
        <translation>Le jalon %1 n'existe plus. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>KPI %1 no longer exists. Reload the page and try again.</source>
        <translation>L'indicateur %1 n'existe plus. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>Committee session %1 no longer exists. Reload the page and try again.</source>
        <translation>La séance du comité %1 n'existe plus. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>The committee already meets on %1.</source>
        <translation>Le comité se réunit déjà le %1.</translation>
    </message>
    <message>
        <source>The session of %1 recorded %2 decision(s): it stays in the calendar so that they keep it.</source>
        <translation>La séance du %1 a enregistré %2 décision(s) : elle reste au calendrier pour qu'elles la conservent.</translation>
    </message>
    <message>
        <source>A routing answer is recorded from the routing review, not in a session.</source>
        <translation>Une réponse au routage s'enregistre depuis l'orientation des décisions, pas en séance.</translation>
    </message>
    <message>
        <source>The budget to extend must be one of %1's budgets.</source>
        <translation>Le budget à augmenter doit être un budget de %1.</translation>
    </message>
    <message>
        <source>An extension must raise the budget above what it is now (%1 %2).</source>
        <translation>Une augmentation doit porter le budget au-dessus de son montant actuel (%1 %2).</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>add up to %1 % of the person's time; at most 100 % can be allocated</source>
        <translation>totalisent %1 % du temps de la personne ; 100 % au plus peuvent être affectés</translation>
    </message>
    <message>
        <source>name project %1 twice: give it one share</source>
        <translation>citent deux fois le projet %1 : donnez-lui une seule part</translation>
    </message>
    <message>
        <source>Team member %1 is no longer on the roster. Reload the page and try again.</source>
        <translation>Le membre %1 n'est plus dans les effectifs. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>Training plan %1 no longer exists. Reload the page and try again.</source>
        <translation>Le plan de formation %1 n'existe plus. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>The target shares add up to %1 %; they must add up to 100 %.</source>
        <translation>Les parts cibles totalisent %1 % ; elles doivent totaliser 100 %.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l'équipe</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Cost per person</source>
        <translation>Coût par personne</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de formation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Target shares</source>
        <translation>Parts cibles</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address CostBoard can use (see "%2"): write postgresql://user@host:port/database, with ?sslmode=require if needed</source>
        <translation>%1 n’est pas une adresse PostgreSQL utilisable par CostBoard (voir « %2 ») : écrivez postgresql://utilisateur@hôte:port/base, avec ?sslmode=require au besoin</translation>
    </message>
    <message>
        <source>A password is never written in the database address: put it in ~/.pgpass (or the file PGPASSFILE names, or a pg_service.conf entry)</source>
        <translation>Un mot de passe ne s’écrit jamais dans l’adresse de la base : mettez-le dans ~/.pgpass (ou dans le fichier que nomme PGPASSFILE, ou dans une entrée de pg_service.conf)</translation>
    </message>
    <message>
        <source>%1 holds no CostBoard database yet; nothing was written to it</source>
        <translation>%1 ne contient pas encore de base CostBoard ; rien n’y a été écrit</translation>
    </message>
    <message>
        <source>The server refused the change for your role (%1); nothing was changed. A CostBoard administrator can grant you the controller or admin role.</source>
        <translation>Le serveur a refusé la modification pour votre rôle (%1) ; rien n’a été modifié. Un administrateur CostBoard peut vous donner le rôle contrôleur ou administrateur.</translation>
    </message>
    <message>
        <source>%2 cannot set up %1: run it as the user who owns the database (or a superuser); nothing was changed</source>
        <translation>%2 ne peut pas préparer %1 : lancez la commande avec l’utilisateur propriétaire de la base (ou un superutilisateur) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>The budget %1 was changed by %2 at %3 since you read it.</source>
        <translation>Le budget %1 a été modifié par %2 le %3 depuis que vous l’avez lu.</translation>
    </message>
    <message>
        <source>The budget %1 was removed by someone else since you read it.</source>
        <translation>Le budget %1 a été supprimé par quelqu’un d’autre depuis que vous l’avez lu.</translation>
    </message>
    <message>
        <source>The budget %1 was entered by %2 at %3 since you read it.</source>
        <translation>Le budget %1 a été saisi par %2 le %3 depuis que vous l’avez lu.</translation>
    </message>
    <message>
        <source>%1 is not a CostBoard file: --from names the SQLite file to copy</source>
        <translation>%1 n’est pas un fichier CostBoard : --from désigne le fichier SQLite à copier</translation>
    </message>
    <message>
        <source>%1 is not a server address: --to takes postgresql://user@host/database</source>
        <translation>%1 n’est pas une adresse de serveur : --to prend postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>%1 already holds data (%3 row(s) in %2): a database is copied to an empty server database only; nothing was written</source>
        <translation>%1 contient déjà des données (%3 ligne(s) dans %2) : une base ne se copie que dans une base serveur vide ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2: %3 in the file, %4 on the server); nothing was written to the server</source>
        <translation>La copie de %1 ne correspond pas (%2 : %3 dans le fichier, %4 sur le serveur) ; rien n’a été écrit sur le serveur</translation>
    </message>
    <message>
        <source>%1 is not installed, so a server database cannot be backed up here: install the package %2, or ask the server's administrator for a dump</source>
        <translation>%1 n’est pas installé, une base serveur ne peut donc pas être sauvegardée ici : installez le paquet %2, ou demandez une sauvegarde à l’administrateur du serveur</translation>
    </message>
    <message>
        <source>%1 stopped with status %2: %3</source>
        <translation>%1 s’est arrêté avec le code %2 : %3</translation>
    </message>
    <message>
        <source>The project %1 was changed by %2 at %3 since you read it.</source>
        <translation>Le projet %1 a été modifié par %2 le %3 depuis que vous l’avez lu.</translation>
    </message>
</context>
<context>
    <name>costboard::cli</name>
    <message>
        <source>"%1" is not an ISO week such as 2026-W48</source>
        <translation>« %1 » n’est pas une semaine ISO comme 2026-W48</translation>
    </message>
    <message>
        <source>"%1" is not a known period</source>
        <translation>« %1 » n’est pas une période connue</translation>
    </message>
    <message>
        <source>no project has the code "%1"</source>
        <translation>aucun projet n’a le code « %1 »</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 existe déjà ; --force le remplace</translation>
    </message>
    <message>
        <source>%1 cost lines written…</source>
        <translation>%1 lignes de coût écrites…</translation>
    </message>
    <message>
        <source>Demo portfolio written to %1</source>
        <translation>Portefeuille de démonstration écrit dans %1</translation>
    </message>
    <message>
        <source>projects:</source>
        <translation>projets :</translation>
    </message>
    <message>
        <source>cost lines:</source>
        <translation>lignes de coût :</translation>
    </message>
    <message>
        <source>budgets:</source>
        <translation>budgets :</translation>
    </message>
    <message>
        <source>FX rates:</source>
        <translation>taux de change :</translation>
    </message>
    <message>
        <source>weeks:</source>
        <translation>semaines :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>time:</source>
        <translation>durée :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>CostBoard alerts for %1</source>
        <translation>Alertes CostBoard pour %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Aggravées</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Still open or acknowledged</source>
        <translation>Toujours ouvertes ou prises en compte</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>"%1" is not an ISO week such as 2026-W01</source>
        <translation>« %1 » n’est pas une semaine ISO comme 2026-W01</translation>
    </message>
    <message>
        <source>is before --from</source>
        <translation>est avant --from</translation>
    </message>
    <message>
        <source>"%1" is not a cost category</source>
        <translation>« %1 » n’est pas une catégorie de coût</translation>
    </message>
    <message>
        <source>"%1" is neither accrual nor cash</source>
        <translation>« %1 » n’est ni accrual ni cash</translation>
    </message>
    <message>
        <source>"%1" is not month, quarter or fiscal-year</source>
        <translation>« %1 » n’est ni month, ni quarter, ni fiscal-year</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n rows read</source>
        <translation>
            <numerusform>%1 : %2, %n ligne lue</numerusform>
            <numerusform>%1 : %2, %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported as batch %1: %n rows booked as %2 cost lines</source>
        <translation>
            <numerusform>importé comme lot %1 : %n ligne comptabilisée en %2 lignes de coût</numerusform>
            <numerusform>importé comme lot %1 : %n lignes comptabilisées en %2 lignes de coût</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run, nothing written: %n rows would be booked</source>
        <translation>
            <numerusform>essai à blanc, rien d’écrit : %n ligne serait comptabilisée</numerusform>
            <numerusform>essai à blanc, rien d’écrit : %n lignes seraient comptabilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n rows rejected (--accept-valid books the %1 valid ones)</source>
        <translation>
            <numerusform>rien d’importé : %n ligne rejetée (--accept-valid comptabilise les %1 valides)</numerusform>
            <numerusform>rien d’importé : %n lignes rejetées (--accept-valid comptabilise les %1 valides)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing imported: the file cannot be read</source>
        <translation>rien d’importé : le fichier est illisible</translation>
    </message>
    <message>
        <source>cancelled: nothing imported</source>
        <translation>annulé : rien d’importé</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were already imported and were skipped</source>
        <translation>
            <numerusform>%n ligne déjà importée a été ignorée</numerusform>
            <numerusform>%n lignes déjà importées ont été ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of earlier imports of the same account and period were replaced</source>
        <translation>
            <numerusform>%n ligne d’imports antérieurs du même compte et de la même période a été remplacée</numerusform>
            <numerusform>%n lignes d’imports antérieurs du même compte et de la même période ont été remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax rows left out (--exclude-tax)</source>
        <translation>
            <numerusform>%n ligne de taxe écartée (--exclude-tax)</numerusform>
            <numerusform>%n lignes de taxe écartées (--exclude-tax)</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>, of which unallocated %1</source>
        <translation>, dont non affecté %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not a known format</source>
        <translation>« %1 » n’est pas un format connu</translation>
    </message>
    <message>
        <source>takes dmy, mdy or ymd</source>
        <translation>prend dmy, mdy ou ymd</translation>
    </message>
    <message>
        <source>applies to a CSV read with --mapping</source>
        <translation>s’applique à un CSV lu avec --mapping</translation>
    </message>
    <message>
        <source>no saved mapping is called "%1"</source>
        <translation>aucune correspondance enregistrée ne s’appelle « %1 »</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (batch %3); its rows are replaced or skipped, never doubled</source>
        <translation>%1 a déjà été importé le %2 (lot %3) ; ses lignes sont remplacées ou ignorées, jamais doublées</translation>
    </message>
    <message>
        <source>"%1" is not weekly-by-category, weekly-by-project, weekly-by-vendor, budget-by-period or cost-lines</source>
        <translation>« %1 » n’est ni weekly-by-category, ni weekly-by-project, ni weekly-by-vendor, ni budget-by-period, ni cost-lines</translation>
    </message>
    <message>
        <source>Weekly report %1 written to %2</source>
        <translation>Rapport hebdomadaire %1 écrit dans %2</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pages : %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation>ouvre le tableau de bord</translation>
    </message>
    <message>
        <source>create a demo portfolio database</source>
        <translation>crée une base de démonstration</translation>
    </message>
    <message>
        <source>print the dashboard figures</source>
        <translation>affiche les chiffres du tableau de bord</translation>
    </message>
    <message>
        <source>evaluate the alert rules, store and print the alerts</source>
        <translation>évalue les règles d’alerte, enregistre et affiche les alertes</translation>
    </message>
    <message>
        <source>import cost files</source>
        <translation>importe des fichiers de coûts</translation>
    </message>
    <message>
        <source>export the dashboard's tables to Excel or CSV (one FILE-&lt;table&gt;.csv per table)</source>
        <translation>exporte les tableaux du tableau de bord vers Excel ou CSV (un FILE-&lt;table&gt;.csv par tableau)</translation>
    </message>
    <message>
        <source>write the weekly committee report as a PDF (works without a display)</source>
        <translation>écrit le rapport hebdomadaire du comité en PDF (sans écran)</translation>
    </message>
    <message>
        <source>demo: weeks of history ending this week (4-520, default 78)</source>
        <translation>demo : semaines d’historique jusqu’à cette semaine (4 à 520, 78 par défaut)</translation>
    </message>
    <message>
        <source>demo: approximate number of cost lines (100-20000000, default 50000)</source>
        <translation>demo : nombre approximatif de lignes de coût (100 à 20000000, 50000 par défaut)</translation>
    </message>
    <message>
        <source>demo: random seed; the same seed gives the same data (default 2026)</source>
        <translation>demo : graine aléatoire ; la même graine donne les mêmes données (2026 par défaut)</translation>
    </message>
    <message>
        <source>demo: overwrite FILE if it exists</source>
        <translation>demo : remplace FILE s’il existe</translation>
    </message>
    <message>
        <source>snapshot, export: the weeks shown, e.g. 2026-W01 and 2026-W48</source>
        <translation>snapshot, export : les semaines montrées, par exemple 2026-W01 et 2026-W48</translation>
    </message>
    <message>
        <source>snapshot, alerts, export, report: the reporting week (default: this week)</source>
        <translation>snapshot, alerts, export, report : la semaine du rapport (par défaut cette semaine)</translation>
    </message>
    <message>
        <source>import: the saved column mapping of a generic CSV file</source>
        <translation>import : la correspondance de colonnes enregistrée d’un CSV générique</translation>
    </message>
    <message>
        <source>import: dmy, mdy or ymd when a CSV's dates read both ways</source>
        <translation>import : dmy, mdy ou ymd quand les dates d’un CSV se lisent dans les deux sens</translation>
    </message>
    <message>
        <source>import: FOCUS EffectiveCost (amortised) instead of BilledCost</source>
        <translation>import : EffectiveCost de FOCUS (amorti) au lieu de BilledCost</translation>
    </message>
    <message>
        <source>import: leave tax rows out</source>
        <translation>import : laisse de côté les lignes de taxe</translation>
    </message>
    <message>
        <source>import: check and total per project and category, write nothing</source>
        <translation>import : vérifie et totalise par projet et catégorie, sans rien écrire</translation>
    </message>
    <message>
        <source>import: book the valid rows of a file that has bad ones</source>
        <translation>import : enregistre les lignes valides d’un fichier qui en a de mauvaises</translation>
    </message>
    <message>
        <source>report: the PDF to write</source>
        <translation>report : le PDF à écrire</translation>
    </message>
    <message>
        <source>report: portrait (default) or landscape A4 pages</source>
        <translation>report : pages A4 en portrait (par défaut) ou en paysage</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Every command except demo refuses a --db file that does not exist.</source>
        <translation>Toutes les commandes sauf demo refusent un fichier --db qui n’existe pas.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>--lang takes fr or en, not "%1"</source>
        <translation>--lang accepte fr ou en, pas « %1 »</translation>
    </message>
    <message>
        <source>--page takes a page number from 0</source>
        <translation>--page attend un numéro de page à partir de 0</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1366x768</translation>
    </message>
    <message>
        <source>--weeks takes a whole number from 4 to 520</source>
        <translation>--weeks attend un nombre entier de 4 à 520</translation>
    </message>
    <message>
        <source>--lines takes a whole number from 100 to 20000000</source>
        <translation>--lines attend un nombre entier de 100 à 20000000</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed attend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>unknown argument "%1"</source>
        <translation>argument inconnu « %1 »</translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation>demo demande --db FICHIER</translation>
    </message>
    <message>
        <source>snapshot needs --db FILE</source>
        <translation>snapshot demande --db FICHIER</translation>
    </message>
    <message>
        <source>alerts needs --db FILE</source>
        <translation>alerts demande --db FICHIER</translation>
    </message>
    <message>
        <source>import needs --db FILE</source>
        <translation>import demande --db FICHIER</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import demande au moins un FICHIER</translation>
    </message>
    <message>
        <source>export needs --db FILE</source>
        <translation>export demande --db FICHIER</translation>
    </message>
    <message>
        <source>export needs --out FILE.xlsx or --out FILE.csv</source>
        <translation>export demande --out FICHIER.xlsx ou --out FICHIER.csv</translation>
    </message>
    <message>
        <source>--out names an .xlsx or a .csv file, not "%1"</source>
        <translation>--out nomme un fichier .xlsx ou .csv, pas « %1 »</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from et --to vont ensemble</translation>
    </message>
    <message>
        <source>report needs --db FILE</source>
        <translation>report demande --db FICHIER</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report demande --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>--orientation takes portrait or landscape, not "%1"</source>
        <translation>--orientation accepte portrait ou landscape, pas « %1 »</translation>
    </message>
    <message>
        <source>Try '%1 --help' for the options and exit codes.</source>
        <translation>Essayez « %1 --help » pour les options et les codes de sortie.</translation>
    </message>
    <message>
        <source>the CostBoard database (the window: default the last one opened, or costboard.sqlite in the application data folder)</source>
        <translation>la base CostBoard (la fenêtre : par défaut la dernière ouverte, sinon costboard.sqlite dans le dossier de données de l’application)</translation>
    </message>
    <message>
        <source>every command: fr or en, for texts, names, dates and amounts ("1 234,56 €" or "€1,234.56"); default: the interface preference, else the system language</source>
        <translation>toutes les commandes : fr ou en, pour les textes, noms, dates et montants (« 1 234,56 € » ou « €1,234.56 ») ; par défaut la langue choisie dans les préférences, sinon celle du système</translation>
    </message>
    <message>
        <source>snapshot, export, report: last-13-weeks (default), last-26-weeks, quarter-to-date, year-to-date or last-52-weeks</source>
        <translation>snapshot, export, report : last-13-weeks (par défaut), last-26-weeks, quarter-to-date, year-to-date ou last-52-weeks</translation>
    </message>
    <message>
        <source>snapshot, export: accrual (default: costs over their service period) or cash (costs on their invoice date)</source>
        <translation>snapshot, export : accrual (par défaut : les coûts sur leur période de service) ou cash (les coûts à la date de leur facture)</translation>
    </message>
    <message>
        <source>snapshot: also list the actual, budget and forecast of every month, quarter or fiscal year of the period (month, quarter, fiscal-year; repeat or separate with commas)</source>
        <translation>snapshot : donne aussi le réel, le budget et la prévision de chaque mois, trimestre ou exercice de la période (month, quarter, fiscal-year ; répétez l’option ou séparez par des virgules)</translation>
    </message>
    <message>
        <source>snapshot, export, report: only these projects (repeat, or separate with commas); import: rows the file does not place go to this project</source>
        <translation>snapshot, export, report : seulement ces projets (répétez l’option ou séparez par des virgules) ; import : les lignes que le fichier ne place pas vont à ce projet</translation>
    </message>
    <message>
        <source>snapshot, export: only these categories: inference, fine-tuning, prompt-engineering, cloud, model-training, salaries, staff-training, infrastructure, data-security, licences-other</source>
        <translation>snapshot, export : seulement ces catégories : inference, fine-tuning, prompt-engineering, cloud, model-training, salaries, staff-training, infrastructure, data-security, licences-other</translation>
    </message>
    <message>
        <source>import: auto (default: recognised by its columns or keys), csv, focus, openai, anthropic, azure, aws-cur, gcp, or for token usage openai-usage, anthropic-usage or usage-csv</source>
        <translation>import : auto (par défaut : reconnu à ses colonnes ou ses clés), csv, focus, openai, anthropic, azure, aws-cur, gcp, ou pour la consommation de jetons openai-usage, anthropic-usage ou usage-csv</translation>
    </message>
    <message>
        <source>export: an .xlsx workbook (one sheet per table) or CSV: FILE itself for one --table, else FILE-&lt;table&gt;.csv for each table; CSV files use ';' and a decimal comma in French, ',' and a decimal point in English</source>
        <translation>export : un classeur .xlsx (une feuille par tableau) ou du CSV : FILE lui-même pour un seul --table, sinon FILE-&lt;table&gt;.csv par tableau ; les CSV utilisent « ; » et la virgule décimale en français, « , » et le point décimal en anglais</translation>
    </message>
    <message>
        <source>export: weekly-by-category, weekly-by-project, weekly-by-vendor, budget-by-period or cost-lines (default: all; repeat or use commas)</source>
        <translation>export : weekly-by-category, weekly-by-project, weekly-by-vendor, budget-by-period ou cost-lines (par défaut : tous ; répétez l’option ou séparez par des virgules)</translation>
    </message>
    <message>
        <source>print debug messages on stderr (otherwise a command prints only its results on stdout and its errors, once, on stderr)</source>
        <translation>affiche les messages de débogage sur stderr (sinon une commande n’écrit que ses résultats sur stdout et ses erreurs, une fois, sur stderr)</translation>
    </message>
    <message>
        <source>repairable</source>
        <translation>réparable</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>à corriger par une personne</translation>
    </message>
    <message>
        <source>CostBoard check of %1</source>
        <translation>Vérification CostBoard de %1</translation>
    </message>
    <message>
        <source>No problem found: the file is whole, every stored value is in its domain, and every total matches the cost lines.</source>
        <translation>Aucun problème : le fichier est intact, chaque valeur enregistrée est dans son domaine et chaque total correspond aux lignes de coût.</translation>
    </message>
    <message>
        <source>Repaired: reporting amounts, daily totals, import totals and the search index rebuilt from the cost lines, in one transaction.</source>
        <translation>Réparé : montants de reporting, totaux journaliers, totaux d’import et index de recherche reconstruits à partir des lignes de coût, en une transaction.</translation>
    </message>
    <message>
        <source>No problem left.</source>
        <translation>Plus aucun problème.</translation>
    </message>
    <message>
        <source>Still to be fixed by a person:</source>
        <translation>Reste à corriger par une personne :</translation>
    </message>
    <message>
        <source>Run again with --repair to rebuild the totals from the cost lines (a backup first is wise).</source>
        <translation>Relancez avec --repair pour reconstruire les totaux à partir des lignes de coût (une sauvegarde d’abord est prudente).</translation>
    </message>
    <message>
        <source>check that the database is whole and its totals match its cost lines; --repair rebuilds the totals</source>
        <translation>vérifier que la base est intacte et que ses totaux correspondent à ses lignes de coût ; --repair reconstruit les totaux</translation>
    </message>
    <message>
        <source>check: rebuild the daily totals, import totals and reporting amounts from the cost lines, in one transaction</source>
        <translation>check : reconstruire les totaux journaliers, les totaux d’import et les montants de reporting à partir des lignes de coût, en une transaction</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success; alerts: no open alert above info
  1  the command failed (e.g. a file cannot be written); alerts: the worst
     open alert is a warning; import: rows were rejected (or a dry run
     found problems); check: problems remain
  2  bad command line: unknown option, missing or bad value, unknown
     project code
  3  the database cannot be opened: missing, not a CostBoard database,
     written by a newer CostBoard, or unreadable
  4  alerts: a critical alert is open; import: a file cannot be read
</source>
        <translation>Codes de sortie :
  0  succès ; alerts : aucune alerte ouverte au-dessus d’une information
  1  la commande a échoué (par exemple un fichier ne peut pas être écrit) ;
     alerts : la pire alerte ouverte est un avertissement ; import : des
     lignes ont été rejetées (ou un essai à blanc a trouvé des problèmes) ;
     check : des problèmes demeurent
  2  ligne de commande incorrecte : option inconnue, valeur absente ou
     incorrecte, code de projet inconnu
  3  la base ne peut pas être ouverte : absente, pas une base CostBoard,
     écrite par un CostBoard plus récent, ou illisible
  4  alerts : une alerte critique est ouverte ; import : un fichier ne peut
     pas être lu
</translation>
    </message>
    <message>
        <source>check needs --db FILE</source>
        <translation>check demande --db FICHIER</translation>
    </message>
    <message>
        <source>costboard: warning: %1</source>
        <translation>costboard : attention : %1</translation>
    </message>
    <message>
        <source>costboard: run "costboard check --db %1" for the whole check.</source>
        <translation>costboard : lancez « costboard check --db %1 » pour la vérification complète.</translation>
    </message>
    <message>
        <source>waiting for another CostBoard write to finish…</source>
        <translation>attente de la fin d’une autre écriture de CostBoard…</translation>
    </message>
    <message>
        <source>the report could not be written; its alerts will be announced again by the next run</source>
        <translation>le rapport n’a pas pu être écrit ; ses alertes seront annoncées de nouveau à la prochaine exécution</translation>
    </message>
    <message>
        <source>estimate an inference workload's cost per request, week, month and year, for up to four models side by side</source>
        <translation>estime le coût d’une charge d’inférence par requête, semaine, mois et année, pour quatre modèles au plus côte à côte</translation>
    </message>
    <message>
        <source>prices: only these models; estimate: the model to price, up to four to compare (repeat or separate with commas), as provider/model when two providers price it; set: the model priced</source>
        <translation>prices : seulement ces modèles ; estimate : le modèle à chiffrer, quatre au plus à comparer (répéter ou séparer par des virgules), sous la forme fournisseur/modèle quand deux fournisseurs le tarifent ; set : le modèle tarifé</translation>
    </message>
    <message>
        <source>prices, estimate: the provider (openai, anthropic, google, mistral, azure…); estimate needs it only when two providers price the model</source>
        <translation>prices, estimate : le fournisseur (openai, anthropic, google, mistral, azure…) ; estimate n’en a besoin que si deux fournisseurs tarifent le modèle</translation>
    </message>
    <message>
        <source>prices import: the day an undated price list (LiteLLM's) takes effect, default today; prices set: the day the price takes effect</source>
        <translation>prices import : le jour où une liste de prix non datée (celle de LiteLLM) prend effet, par défaut aujourd’hui ; prices set : le jour où le prix prend effet</translation>
    </message>
    <message>
        <source>prices set: input, cached-input, cache-write, output, training (per 1M tokens), image, audio-minute, hosting-hour or gpu-hour (per unit)</source>
        <translation>prices set : input, cached-input, cache-write, output, training (par million de jetons), image, audio-minute, hosting-hour ou gpu-hour (à l’unité)</translation>
    </message>
    <message>
        <source>estimate: requests a day in the first month</source>
        <translation>estimate : requêtes par jour le premier mois</translation>
    </message>
    <message>
        <source>estimate: tokens read per request (prompt and context)</source>
        <translation>estimate : jetons lus par requête (prompt et contexte)</translation>
    </message>
    <message>
        <source>estimate: tokens generated per request</source>
        <translation>estimate : jetons générés par requête</translation>
    </message>
    <message>
        <source>estimate: of the input tokens, those read from the provider's cache</source>
        <translation>estimate : parmi les jetons d’entrée, ceux lus dans le cache du fournisseur</translation>
    </message>
    <message>
        <source>estimate: words generated per request instead of --output-tokens, turned into tokens at the text language's tokens per word</source>
        <translation>estimate : mots générés par requête au lieu de --output-tokens, convertis en jetons au nombre de jetons par mot de la langue du texte</translation>
    </message>
    <message>
        <source>estimate: words read per request instead of --input-tokens</source>
        <translation>estimate : mots lus par requête au lieu de --input-tokens</translation>
    </message>
    <message>
        <source>estimate: fr or en, the language of the words (default: --lang, else the interface language); French takes more tokens per word</source>
        <translation>estimate : fr ou en, la langue des mots (par défaut : --lang, sinon la langue de l’interface) ; le français compte plus de jetons par mot</translation>
    </message>
    <message>
        <source>estimate: monthly growth of the volume, e.g. 5 or 2.5 (default 0)</source>
        <translation>estimate : croissance mensuelle du volume, par exemple 5 ou 2.5 (par défaut 0)</translation>
    </message>
    <message>
        <source>estimate: months listed, 1 to 60 (default 12)</source>
        <translation>estimate : mois listés, de 1 à 60 (par défaut 12)</translation>
    </message>
    <message>
        <source>prices %1 needs --db FILE</source>
        <translation>prices %1 demande --db FICHIER</translation>
    </message>
    <message>
        <source>prices import needs one FILE</source>
        <translation>prices import demande un FICHIER</translation>
    </message>
    <message>
        <source>prices set needs %1</source>
        <translation>prices set demande %1</translation>
    </message>
    <message>
        <source>prices set needs one --model</source>
        <translation>prices set demande un --model</translation>
    </message>
    <message>
        <source>estimate needs one to four --model</source>
        <translation>estimate demande de un à quatre --model</translation>
    </message>
    <message>
        <source>estimate needs --requests-per-day</source>
        <translation>estimate demande --requests-per-day</translation>
    </message>
    <message>
        <source>estimate needs --input-tokens or --input-words</source>
        <translation>estimate demande --input-tokens ou --input-words</translation>
    </message>
    <message>
        <source>estimate needs --output-tokens or --words</source>
        <translation>estimate demande --output-tokens ou --words</translation>
    </message>
    <message>
        <source>"%1" is not a date such as 2026-12-31</source>
        <translation>« %1 » n’est pas une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of 0 or more</source>
        <translation>« %1 » n’est pas un nombre entier positif ou nul</translation>
    </message>
    <message numerus="yes">
        <source>Model prices in force on %1: %n price(s)</source>
        <translation>
            <numerusform>Prix de modèles en vigueur le %1 : %n prix</numerusform>
            <numerusform>Prix de modèles en vigueur le %1 : %n prix</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Priced</source>
        <translation>Tarifé</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n price(s) added</source>
        <translation>
            <numerusform>%1 : %n prix ajouté</numerusform>
            <numerusform>%1 : %n prix ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) already in force, left as they were</source>
        <translation>
            <numerusform>%n prix déjà en vigueur, laissé tel quel</numerusform>
            <numerusform>%n prix déjà en vigueur, laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed without a price CostBoard reads (priced per character, pixel or request), left unknown:</source>
        <translation>
            <numerusform>%n modèle listé sans prix que CostBoard lit (tarifé au caractère, au pixel ou à la requête), laissé inconnu :</numerusform>
            <numerusform>%n modèles listés sans prix que CostBoard lit (tarifés au caractère, au pixel ou à la requête), laissés inconnus :</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>« %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>"%1" is not a price: a non-negative decimal number</source>
        <translation>« %1 » n’est pas un prix : un nombre décimal positif ou nul</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 from %5</source>
        <translation>%1 %2, %3 : %4 à partir du %5</translation>
    </message>
    <message>
        <source>%1 is priced by %2: say which with --provider, or write provider/model</source>
        <translation>%1 est tarifé par %2 : précisez lequel avec --provider, ou écrivez fournisseur/modèle</translation>
    </message>
    <message>
        <source>takes fr or en, not "%1"</source>
        <translation>prend fr ou en, pas « %1 »</translation>
    </message>
    <message>
        <source>"%1" is not a percentage such as 5 or 2.5</source>
        <translation>« %1 » n’est pas un pourcentage comme 5 ou 2.5</translation>
    </message>
    <message>
        <source>list the model prices in force on a day, with their date and source</source>
        <translation>liste les prix de modèles en vigueur un jour donné, avec leur date et leur source</translation>
    </message>
    <message>
        <source>import a price list: CostBoard's, or LiteLLM's JSON map</source>
        <translation>importe une liste de prix : celle de CostBoard, ou la table JSON de LiteLLM</translation>
    </message>
    <message>
        <source>add a price, in force from its date</source>
        <translation>ajoute un prix, en vigueur à partir de sa date</translation>
    </message>
    <message>
        <source>Estimate at the prices in force on %1</source>
        <translation>Estimation aux prix en vigueur le %1</translation>
    </message>
    <message>
        <source>%1 requests a day; per request %2 input tokens (%3 from the cache) and %4 output tokens</source>
        <translation>%1 requêtes par jour ; par requête %2 jetons d’entrée (dont %3 en cache) et %4 jetons de sortie</translation>
    </message>
    <message>
        <source>Words counted at %1 tokens per word (%2)</source>
        <translation>Mots comptés à %1 jetons par mot (%2)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Volume growing %1 a month</source>
        <translation>Volume en hausse de %1 par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Prices used:</source>
        <translation>Prix utilisés :</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 since %5 (%6)</source>
        <translation>%1 %2, %3 : %4 depuis le %5 (%6)</translation>
    </message>
    <message>
        <source>list the models seen in imported token usage that have no price (exit code 1 when there are some)</source>
        <translation>lister les modèles vus dans la consommation de jetons importée qui n’ont pas de prix (code de sortie 1 s’il y en a)</translation>
    </message>
    <message>
        <source>usage against invoice: per provider and month, the token usage priced from the catalog beside the provider's bill, and the gap</source>
        <translation>consommation contre facture : par fournisseur et par mois, la consommation de jetons valorisée au catalogue à côté de la facture du fournisseur, et l’écart</translation>
    </message>
    <message>
        <source>Every model seen in the imported usage has a price.</source>
        <translation>Chaque modèle vu dans la consommation importée a un prix.</translation>
    </message>
    <message numerus="yes">
        <source>%n model meter(s) seen in the imported usage have no price on some of their days: those tokens are not booked.</source>
        <translation>
            <numerusform>%n compteur de modèle vu dans la consommation importée n’a pas de prix certains jours : ces jetons ne sont pas comptabilisés.</numerusform>
            <numerusform>%n compteurs de modèles vus dans la consommation importée n’ont pas de prix certains jours : ces jetons ne sont pas comptabilisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>priced: import again</source>
        <translation>tarifé : importer à nouveau</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>Usage against invoice, in %1: token usage priced from the catalog beside the provider's bill</source>
        <translation>Consommation contre facture, en %1 : la consommation de jetons valorisée au catalogue à côté de la facture du fournisseur</translation>
    </message>
    <message>
        <source>Priced usage</source>
        <translation>Consommation valorisée</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Unpriced tokens</source>
        <translation>Jetons sans prix</translation>
    </message>
    <message>
        <source>not billed yet</source>
        <translation>pas encore facturé</translation>
    </message>
    <message>
        <source>snapshot, export, report: only the projects whose decisions belong to this level: committee (the CEO's), cio or cfo</source>
        <translation>snapshot, export, report : seulement les projets dont les décisions relèvent de ce niveau : committee (le comité, P-DG), cio (DSI) ou cfo (DAF)</translation>
    </message>
    <message>
        <source>choose projects with --project or --decided-by, not both</source>
        <translation>choisissez les projets avec --project ou avec --decided-by, pas les deux</translation>
    </message>
    <message>
        <source>"%1" is not committee, cio or cfo</source>
        <translation>« %1 » n’est ni committee, ni cio, ni cfo</translation>
    </message>
    <message>
        <source>no project is decided at the level "%1"</source>
        <translation>aucun projet n’est décidé au niveau « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written to %1 (%n event(s))</source>
        <translation>
            <numerusform>Calendrier écrit dans %1 (%n événement)</numerusform>
            <numerusform>Calendrier écrit dans %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the session of %1</source>
        <translation>Depuis la séance du %1</translation>
    </message>
    <message>
        <source>print the agenda of the committee's next session: open alerts, projects for the committee, milestones due or late, KPIs off target, decisions due, and the last session's decisions</source>
        <translation>affiche l'ordre du jour de la prochaine séance du comité : alertes ouvertes, projets pour le comité, jalons à échéance ou en retard, indicateurs hors cible, décisions à échéance et décisions de la dernière séance</translation>
    </message>
    <message>
        <source>snapshot, alerts, import, check, agenda: JSON with amounts in minor units and the currency, keys rather than names (the same in every language)</source>
        <translation>snapshot, alerts, import, check, agenda : JSON avec les montants en unités mineures et la devise, des clés plutôt que des noms (les mêmes dans toutes les langues)</translation>
    </message>
    <message>
        <source>prices, estimate: the prices in force on that day; agenda: the day it is prepared (YYYY-MM-DD, default today)</source>
        <translation>prices, estimate : les prix en vigueur ce jour-là ; agenda : le jour où il est préparé (AAAA-MM-JJ, aujourd'hui par défaut)</translation>
    </message>
    <message>
        <source>agenda: also write the committee's sessions and the projects' milestones as an iCalendar file, for the members' calendars</source>
        <translation>agenda : écrit aussi les séances du comité et les jalons des projets dans un fichier iCalendar, pour les agendas des membres</translation>
    </message>
    <message>
        <source>agenda needs --db FILE</source>
        <translation>agenda nécessite --db FICHIER</translation>
    </message>
    <message>
        <source>give a server database CostBoard's schema and the roles costboard_viewer, costboard_controller and costboard_admin, which the server enforces (run as the database's owner)</source>
        <translation>donner à une base serveur le schéma de CostBoard et les rôles costboard_viewer, costboard_controller et costboard_admin, que le serveur fait respecter (à lancer par le propriétaire de la base)</translation>
    </message>
    <message>
        <source>give a server login one of CostBoard's roles (and no other)</source>
        <translation>donner à un compte du serveur un des rôles de CostBoard (et aucun autre)</translation>
    </message>
    <message>
        <source>copy a single-user database to an empty server database, in one transaction, checking that the counts and totals are equal</source>
        <translation>copier une base mono-utilisateur dans une base serveur vide, en une transaction, en vérifiant que les nombres de lignes et les totaux sont égaux</translation>
    </message>
    <message>
        <source>write a consistent copy of the database: a SQLite file, or pg_dump's custom format for a server (pg_restore reads it)</source>
        <translation>écrire une copie cohérente de la base : un fichier SQLite, ou le format personnalisé de pg_dump pour un serveur (pg_restore le lit)</translation>
    </message>
    <message>
        <source>admin grant: the server login, and its CostBoard role: viewer, controller or admin</source>
        <translation>admin grant : le compte du serveur, et son rôle CostBoard : viewer, controller ou admin</translation>
    </message>
    <message>
        <source>migrate: the empty server database the file is copied to</source>
        <translation>migrate : la base serveur vide où le fichier est copié</translation>
    </message>
    <message>
        <source>costboard-cli runs demo, snapshot, alerts, import, export, check, prices, estimate, agenda, admin, migrate and backup without any GUI library.</source>
        <translation>costboard-cli exécute demo, snapshot, alerts, import, export, check, prices, estimate, agenda, admin, migrate et backup sans aucune bibliothèque graphique.</translation>
    </message>
    <message>
        <source>costboard-cli runs demo, snapshot, alerts, import, export, check, prices, estimate, agenda, admin, migrate and backup; the window and the report need costboard</source>
        <translation>costboard-cli exécute demo, snapshot, alerts, import, export, check, prices, estimate, agenda, admin, migrate et backup ; la fenêtre et le rapport demandent costboard</translation>
    </message>
    <message>
        <source>admin needs init-server or grant</source>
        <translation>admin attend init-server ou grant</translation>
    </message>
    <message>
        <source>admin needs --db postgresql://…</source>
        <translation>admin attend --db postgresql://…</translation>
    </message>
    <message>
        <source>admin grant needs --user and --role</source>
        <translation>admin grant attend --user et --role</translation>
    </message>
    <message>
        <source>migrate needs --from FILE and --to postgresql://…</source>
        <translation>migrate attend --from FICHIER et --to postgresql://…</translation>
    </message>
    <message>
        <source>backup needs --db and --out FILE</source>
        <translation>backup attend --db et --out FICHIER</translation>
    </message>
    <message>
        <source>"%1" is not a server address such as postgresql://user@host/database</source>
        <translation>« %1 » n’est pas une adresse de serveur telle que postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>%1 is ready at schema version %2, with the roles %3 (reads), %4 (also budgets, rates, imports and cost lines) and %5 (also projects, rules, prices and the committee).</source>
        <translation>%1 est prêt, au schéma version %2, avec les rôles %3 (lecture), %4 (aussi budgets, taux, imports et lignes de coût) et %5 (aussi projets, règles, prix et comité).</translation>
    </message>
    <message>
        <source>Give each person a role: costboard admin grant --db %1 --user NAME --role viewer|controller|admin</source>
        <translation>Donnez un rôle à chaque personne : costboard admin grant --db %1 --user NOM --role viewer|controller|admin</translation>
    </message>
    <message>
        <source>"%1" is not a role: viewer, controller or admin</source>
        <translation>« %1 » n’est pas un rôle : viewer, controller ou admin</translation>
    </message>
    <message>
        <source>%1 is now %2 on %3.</source>
        <translation>%1 est désormais %2 sur %3.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4 in one transaction; the counts and %5 totals are equal on both sides.</source>
        <translation>%1 lignes de %2 tables copiées de %3 vers %4 en une transaction ; les nombres de lignes et %5 totaux sont égaux des deux côtés.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 sauvegardé dans %2.</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::BreakEvenChart</name>
    <message>
        <source>Monthly cost by monthly requests: API and own GPUs</source>
        <translation>Coût mensuel selon les requêtes du mois : API et GPU propres</translation>
    </message>
    <message>
        <source>Choose a GPU instance with a price</source>
        <translation>Choisissez une instance GPU qui a un prix</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Own GPUs</source>
        <translation>GPU propres</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>seuil de rentabilité</translation>
    </message>
    <message>
        <source>requests a month</source>
        <translation>requêtes par mois</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::CategoryDonutChart</name>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::CumulativeChart</name>
    <message>
        <source>Cumulative spend vs budget</source>
        <translation>Dépenses cumulées et budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::MilestoneTimelineChart</name>
    <message>
        <source>Milestones of the projects</source>
        <translation>Jalons des projets</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>No milestone yet: add the projects' pilots, go/no-go decisions and reviews below</source>
        <translation>Aucun jalon : ajoutez ci-dessous les pilotes, décisions go/no-go et revues des projets</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::OwnershipChart</name>
    <message>
        <source>Total cost of ownership</source>
        <translation>Coût total de possession</translation>
    </message>
    <message>
        <source>No estimate: see the message above</source>
        <translation>Pas d’estimation : voir le message au-dessus</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::ProjectBarChart</name>
    <message>
        <source>By project</source>
        <translation>Par projet</translation>
    </message>
    <message>
        <source>No spend in this period</source>
        <translation>Aucune dépense sur cette période</translation>
    </message>
    <message>
        <source>Click to show only this project</source>
        <translation>Cliquez pour n’afficher que ce projet</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::TalentShapeChart</name>
    <message>
        <source>Headcount by level against the target</source>
        <translation>Effectifs par niveau face à la cible</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>No one on the roster this month</source>
        <translation>Personne dans les effectifs ce mois-ci</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 points from the target</source>
        <translation>%1 · à %2 points de la cible</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::UnitCostTrendChart</name>
    <message>
        <source>Tokens and cost per 1M tokens, week by week</source>
        <translation>Jetons et coût par million de jetons, semaine par semaine</translation>
    </message>
    <message>
        <source>%1: tokens and cost per 1M tokens</source>
        <translation>%1 : jetons et coût par million de jetons</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost per 1M tokens</source>
        <translation>Coût par million de jetons</translation>
    </message>
    <message>
        <source>No tokens in this period</source>
        <translation>Aucun jeton sur cette période</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Jetons : %1</translation>
    </message>
    <message>
        <source>Per 1M tokens: %1</source>
        <translation>Par million de jetons : %1</translation>
    </message>
    <message>
        <source>Per request: %1</source>
        <translation>Par requête : %1</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::UsageInvoiceChart</name>
    <message>
        <source>Priced usage and bills</source>
        <translation>Consommation valorisée et factures</translation>
    </message>
    <message>
        <source>%1: priced usage and bills</source>
        <translation>%1 : consommation valorisée et factures</translation>
    </message>
    <message>
        <source>Priced usage</source>
        <translation>Consommation valorisée</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>No token usage imported</source>
        <translation>Aucune consommation de jetons importée</translation>
    </message>
    <message>
        <source>not billed yet</source>
        <translation>pas encore facturé</translation>
    </message>
    <message>
        <source>Priced usage: %1</source>
        <translation>Consommation valorisée : %1</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <translation>Facturé : %1</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Écart : %1</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::ValueCostMatrixChart</name>
    <message>
        <source>Value × cost: weighted score against this fiscal year's forecast</source>
        <translation>Valeur × coût : note pondérée face à la prévision de l’exercice</translation>
    </message>
    <message>
        <source>No project scored yet: score projects on the criteria to place them here</source>
        <translation>Aucun projet noté : notez les projets sur les critères pour les placer ici</translation>
    </message>
    <message>
        <source>No project to place</source>
        <translation>Aucun projet à placer</translation>
    </message>
    <message>
        <source>weighted score (0 to 100): higher value to the right</source>
        <translation>note pondérée (0 à 100) : plus de valeur vers la droite</translation>
    </message>
    <message>
        <source>Bubble area: budget of the year; dashed: no budget</source>
        <translation>Surface des bulles : budget de l’exercice ; en pointillés : sans budget</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) not scored yet</source>
        <translation>
            <numerusform>%n projet pas encore noté</numerusform>
            <numerusform>%n projets pas encore notés</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted score: %1 of 100</source>
        <translation>Note pondérée : %1 sur 100</translation>
    </message>
    <message>
        <source>Forecast for the year: %1</source>
        <translation>Prévision de l’exercice : %1</translation>
    </message>
    <message>
        <source>Budget for the year: %1</source>
        <translation>Budget de l’exercice : %1</translation>
    </message>
    <message>
        <source>No budget for the year</source>
        <translation>Pas de budget pour l’exercice</translation>
    </message>
    <message>
        <source>Click to open the project</source>
        <translation>Cliquer pour ouvrir le projet</translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::WeeklyCostChart</name>
    <message>
        <source>Weekly spend by category</source>
        <translation>Dépenses hebdomadaires par catégorie</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>Budget hebdomadaire</translation>
    </message>
    <message numerus="yes">
        <source>* %n day(s) of this week are in the period</source>
        <translation>
            <numerusform>* %n jour de cette semaine est inclus dans la période</numerusform>
            <numerusform>* %n jours de cette semaine sont inclus dans la période</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 – %3)&lt;br&gt;%4: &lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;&lt;i&gt;Click to see the cost lines&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 – %3)&lt;br&gt;%4 : &lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;&lt;i&gt;Cliquez pour voir les lignes de coût&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AboutDialog</name>
    <message>
        <source>About CostBoard</source>
        <translation>À propos de CostBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CostBoard %1&lt;/h3&gt;&lt;p&gt;What your Generative-AI projects really cost: inference, fine-tuning, prompt engineering, cloud, training, salaries and more, week by week, against budget.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CostBoard %1&lt;/h3&gt;&lt;p&gt;Ce que coûtent réellement vos projets d’IA générative : inférence, réglage fin, ingénierie de prompts, cloud, formation, salaires et plus encore, semaine après semaine, par rapport au budget.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;CostBoard is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1).&lt;/p&gt;&lt;p&gt;It comes with ABSOLUTELY NO WARRANTY, to the extent permitted by law. See the &lt;a href="%2"&gt;GNU General Public License&lt;/a&gt; for details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CostBoard est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (%1).&lt;/p&gt;&lt;p&gt;Il est fourni SANS AUCUNE GARANTIE, dans la mesure permise par la loi. Voir la &lt;a href="%2"&gt;Licence publique générale GNU&lt;/a&gt; pour plus de détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertBanner</name>
    <message>
        <source>Review</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Open alerts: %1 — %2</source>
        <translation>Alertes ouvertes : %1 — %2</translation>
    </message>
    <message>
        <source>Open the alert centre</source>
        <translation>Ouvrir le centre d’alertes</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertCentrePage</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>A&amp;cquitter…</translation>
    </message>
    <message>
        <source>Show on &amp;Dashboard</source>
        <translation>Afficher dans le &amp;tableau de bord</translation>
    </message>
    <message>
        <source>Open and acknowledged</source>
        <translation>Ouvertes et acquittées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittées</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Avertissement et critique</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Record that the committee has seen the selected alerts, with a note</source>
        <translation>Consigner, avec une note, que le comité a pris connaissance des alertes sélectionnées</translation>
    </message>
    <message>
        <source>Open the dashboard filtered on the alert's project and category (or double-click the alert)</source>
        <translation>Ouvrir le tableau de bord filtré sur le projet et la catégorie de l’alerte (ou double-cliquez sur l’alerte)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>Les alertes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertes : %1</translation>
    </message>
    <message>
        <source>No open alerts: every rule is within its threshold for week %1.</source>
        <translation>Aucune alerte ouverte : toutes les règles respectent leur seuil pour la semaine %1.</translation>
    </message>
    <message>
        <source>No alerts match these filters.</source>
        <translation>Aucune alerte ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Sélectionnez une alerte pour en voir le détail.</translation>
    </message>
    <message>
        <source>%1 %2 alert, week %3. Fired %4, last updated %5.</source>
        <translation>Alerte « %2 », gravité %1, semaine %3. Déclenchée le %4, dernière mise à jour le %5.</translation>
    </message>
    <message>
        <source>Resolved %1.</source>
        <translation>Résolue le %1.</translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation>Acquittée par %1.</translation>
    </message>
    <message>
        <source>Acknowledged by %1: “%2”</source>
        <translation>Acquittée par %1 : « %2 »</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Acknowledge Alert</source>
        <translation>Acquitter l’alerte</translation>
    </message>
    <message>
        <source>Acknowledge %1 Alerts</source>
        <translation>Acquitter %1 alertes</translation>
    </message>
    <message>
        <source>&amp;Note for the record (what was decided, who follows up):</source>
        <translation>&amp;Note pour mémoire (décision prise, responsable du suivi) :</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation>%1 caractères au maximum (%2 actuellement).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Spend of the quarter's days to the end of week %1 on the accrual basis, against the quarter's whole budget, as on the dashboard (quarter to date) and the Budgets page.</source>
        <translation>Dépenses des jours du trimestre jusqu’à la fin de la semaine %1, en engagements, rapportées au budget de tout le trimestre, comme au tableau de bord (trimestre à date) et sur la page Budgets.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertRuleDialog</name>
    <message>
        <source>New Alert Rule</source>
        <translation>Nouvelle règle d’alerte</translation>
    </message>
    <message>
        <source>Edit Alert Rule</source>
        <translation>Modifier la règle d’alerte</translation>
    </message>
    <message>
        <source>Required, e.g. “Inference above 5,000 a week”</source>
        <translation>Obligatoire, p. ex. « Inférence au-delà de 5 000 par semaine »</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>%1 in one week</source>
        <translation>%1 sur une semaine</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>the average of the</source>
        <translation>la moyenne des</translation>
    </message>
    <message>
        <source>weeks before</source>
        <translation>semaines précédentes</translation>
    </message>
    <message>
        <source>All projects (portfolio)</source>
        <translation>Tous les projets (portefeuille)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Watches:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>This is a built-in rule. Saving another kind, scope or threshold keeps it, disabled, and saves your settings as a new custom rule.</source>
        <translation>Cette règle est prédéfinie. Si vous enregistrez un autre indicateur, périmètre ou seuil, elle est conservée mais désactivée, et vos réglages sont enregistrés dans une nouvelle règle personnalisée.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>of the fiscal quarter's budget</source>
        <translation>du budget du trimestre de l’exercice</translation>
    </message>
    <message>
        <source>Fires when the spend of the fiscal quarter to date reaches this share of its budget. Silent where there is no budget.</source>
        <translation>Se déclenche lorsque les dépenses à date du trimestre de l’exercice atteignent cette part de son budget. Sans effet en l’absence de budget.</translation>
    </message>
    <message>
        <source>of the budget, forecast at quarter end</source>
        <translation>du budget, en prévision à la fin du trimestre</translation>
    </message>
    <message>
        <source>Fires when the spend forecast for the end of the fiscal quarter reaches this share of its budget. Silent where there is no budget.</source>
        <translation>Se déclenche lorsque la prévision de dépenses à la fin du trimestre de l’exercice atteint cette part de son budget. Sans effet en l’absence de budget.</translation>
    </message>
    <message>
        <source>more than the week before</source>
        <translation>de plus que la semaine précédente</translation>
    </message>
    <message>
        <source>Fires when a week's spend grows by this much over the week before.</source>
        <translation>Se déclenche lorsque les dépenses d’une semaine augmentent d’autant par rapport à la semaine précédente.</translation>
    </message>
    <message>
        <source>Fires when one week's spend reaches this amount.</source>
        <translation>Se déclenche lorsque les dépenses d’une semaine atteignent ce montant.</translation>
    </message>
    <message>
        <source>Fires when a week's spend reaches this multiple of the average of the weeks before it: a sudden jump, whatever the budget.</source>
        <translation>Se déclenche lorsque les dépenses d’une semaine atteignent ce multiple de la moyenne des semaines précédentes : un pic soudain, quel que soit le budget.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation>%1 caractères au maximum (%2 actuellement).</translation>
    </message>
    <message>
        <source>Type the weekly amount in %1.</source>
        <translation>Saisissez le montant hebdomadaire en %1.</translation>
    </message>
    <message>
        <source>Type an amount in %1, e.g. %2.</source>
        <translation>Saisissez un montant en %1, p. ex. %2.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertRulesModel</name>
    <message>
        <source>%1 × over %2 weeks</source>
        <translation>%1 × sur %2 semaines</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Prédéfinie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Created for every budgeted project and for the portfolio. A built-in rule can be disabled but not deleted: it would be created again.</source>
        <translation>Créée pour chaque projet budgété et pour le portefeuille. Une règle prédéfinie peut être désactivée mais pas supprimée : elle serait recréée.</translation>
    </message>
    <message>
        <source>Enabled: evaluated after every change</source>
        <translation>Activée : évaluée après chaque modification</translation>
    </message>
    <message>
        <source>Disabled: not evaluated</source>
        <translation>Désactivée : non évaluée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertRulesPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Create a rule</source>
        <translation>Créer une règle</translation>
    </message>
    <message>
        <source>Edit the selected rule (or double-click it)</source>
        <translation>Modifier la règle sélectionnée (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Edit Rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Rules are checked against week %1 after every change. Built-in rules watch every budgeted project and the portfolio: they can be edited or disabled, not deleted.</source>
        <translation>Les règles sont évaluées sur la semaine %1 après chaque modification. Les règles prédéfinies surveillent chaque projet budgété et le portefeuille : elles peuvent être modifiées ou désactivées, mais pas supprimées.</translation>
    </message>
    <message>
        <source>The alert rules could not be read: %1</source>
        <translation>Les règles d’alerte n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Rules: %1, enabled: %2</source>
        <translation>Règles : %1, activées : %2</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Built-in rules cannot be deleted, since they would be created again: disable them instead</source>
        <translation>Les règles prédéfinies ne peuvent pas être supprimées, car elles seraient recréées : désactivez-les plutôt</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>New Alert Rule</source>
        <translation>Nouvelle règle d’alerte</translation>
    </message>
    <message>
        <source>Edit Alert Rule</source>
        <translation>Modifier la règle d’alerte</translation>
    </message>
    <message>
        <source>Rule Not Enabled</source>
        <translation>Règle non activée</translation>
    </message>
    <message>
        <source>Rule Not Disabled</source>
        <translation>Règle non désactivée</translation>
    </message>
    <message>
        <source>Delete Alert Rule</source>
        <translation>Supprimer la règle d’alerte</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? The alerts it raised stay in the alert centre and resolve at the next evaluation.</source>
        <translation>Supprimer la règle « %1 » ? Les alertes qu’elle a levées restent dans le centre d’alertes et seront résolues à la prochaine évaluation.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rule Not Deleted</source>
        <translation>Règle non supprimée</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d’alerte</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AlertsModel</name>
    <message>
        <source>Budget consumed</source>
        <translation>Budget consommé</translation>
    </message>
    <message>
        <source>Forecast over budget</source>
        <translation>Dépassement prévisionnel</translation>
    </message>
    <message>
        <source>Weekly spend</source>
        <translation>Dépenses hebdomadaires</translation>
    </message>
    <message>
        <source>Week-over-week growth</source>
        <translation>Hausse d’une semaine sur l’autre</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pic de dépenses</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolue le %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AllocationRuleEditor</name>
    <message>
        <source>Tag name:</source>
        <translation>Nom du tag :</translation>
    </message>
    <message>
        <source>Edit Allocation Rule</source>
        <translation>Modifier la règle d’affectation</translation>
    </message>
    <message>
        <source>New Allocation Rule</source>
        <translation>Nouvelle règle d’affectation</translation>
    </message>
    <message>
        <source>e.g. project</source>
        <translation>p. ex. projet</translation>
    </message>
    <message>
        <source>e.g. sup* or legal-summaries</source>
        <translation>p. ex. sup* ou legal-summaries</translation>
    </message>
    <message>
        <source>Upper and lower case compare alike; * stands for any text. A text pattern without * matches anywhere in the description, service, SKU, vendor, account or workspace.</source>
        <translation>Majuscules et minuscules sont équivalentes ; * remplace n’importe quel texte. Un motif sans * est recherché partout dans la description, le service, le SKU, le fournisseur, le compte ou l’espace de travail.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choisissez un projet</translation>
    </message>
    <message>
        <source>Inferred from the service</source>
        <translation>Déduite du service</translation>
    </message>
    <message>
        <source>Rows whose:</source>
        <translation>Lignes dont :</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Correspond à :</translation>
    </message>
    <message>
        <source>Belong to project:</source>
        <translation>Vont au projet :</translation>
    </message>
    <message>
        <source>As category:</source>
        <translation>Dans la catégorie :</translation>
    </message>
    <message>
        <source>Tag or label</source>
        <translation>Tag ou label</translation>
    </message>
    <message>
        <source>Account or subscription</source>
        <translation>Compte ou abonnement</translation>
    </message>
    <message>
        <source>Provider project or workspace</source>
        <translation>Projet ou espace de travail chez le fournisseur</translation>
    </message>
    <message>
        <source>Any text of the row</source>
        <translation>Tout texte de la ligne</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AllocationRulesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Allocation Rules</source>
        <translation>Règles d’affectation</translation>
    </message>
    <message>
        <source>An imported row that names no project goes to the project of the first rule below that matches it; a row no rule matches goes to Unallocated.</source>
        <translation>Une ligne importée qui ne désigne aucun projet va au projet de la première règle ci-dessous qui lui correspond ; une ligne qui ne correspond à aucune règle va dans « Non affecté ».</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>A&amp;pply to Unallocated Rows Now</source>
        <translation>A&amp;ppliquer maintenant aux lignes non affectées</translation>
    </message>
    <message>
        <source>Place again the imported rows that went to Unallocated, with the rules as they are now</source>
        <translation>Réaffecter les lignes importées restées non affectées, selon les règles actuelles</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>project code — name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Inferred from the service</source>
        <translation>Déduite du service</translation>
    </message>
    <message>
        <source>The rules could not be changed: %1</source>
        <translation>Les règles n’ont pas pu être modifiées : %1</translation>
    </message>
    <message>
        <source>New Allocation Rule</source>
        <translation>Nouvelle règle d’affectation</translation>
    </message>
    <message>
        <source>Edit Allocation Rule</source>
        <translation>Modifier la règle d’affectation</translation>
    </message>
    <message>
        <source>Remove Allocation Rule</source>
        <translation>Supprimer la règle d’affectation</translation>
    </message>
    <message>
        <source>Remove the rule that places "%1" in %2? Rows it already placed stay where they are.</source>
        <translation>Supprimer la règle qui affecte « %1 » à %2 ? Les lignes qu’elle a déjà affectées restent où elles sont.</translation>
    </message>
    <message>
        <source>Placing the unallocated rows again…</source>
        <translation>Réaffectation des lignes non affectées…</translation>
    </message>
    <message>
        <source>Apply Allocation Rules</source>
        <translation>Appliquer les règles d’affectation</translation>
    </message>
    <message>
        <source>The rows could not be placed again: %1</source>
        <translation>Les lignes n’ont pas pu être réaffectées : %1</translation>
    </message>
    <message>
        <source>No unallocated row matches a rule: nothing moved.</source>
        <translation>Aucune ligne non affectée ne correspond à une règle : rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>%1 groups of alike rows moved to the project of their rule.</source>
        <translation>%1 groupes de lignes similaires ont été affectés au projet de leur règle.</translation>
    </message>
    <message>
        <source>%1 groups are still unallocated: add a rule that matches them.</source>
        <translation>%1 groupes restent non affectés : ajoutez une règle qui leur correspond.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::Application</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>No database to open yet: CostBoard has not been given one (--db) and has never opened one.</source>
        <translation>Aucune base à ouvrir pour l’instant : CostBoard n’en a reçu aucune (--db) et n’en a encore jamais ouvert.</translation>
    </message>
    <message>
        <source>The database you used last cannot be opened.</source>
        <translation>La dernière base utilisée ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The window did not paint within %1 s: no screenshot was saved.</source>
        <translation>La fenêtre ne s’est pas affichée en %1 s : aucune capture d’écran n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Password Not Remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>The system keychain did not keep the password (%1): CostBoard will ask for it next time, or put it in ~/.pgpass.</source>
        <translation>Le trousseau du système n’a pas gardé le mot de passe (%1) : CostBoard le demandera la prochaine fois, ou mettez-le dans ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AuditLogModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Ligne de coût</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Alert rule</source>
        <translation>Règle d’alerte</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Réglage de la base</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Correspondance d’import</translation>
    </message>
    <message>
        <source>Allocation rule</source>
        <translation>Règle d’affectation</translation>
    </message>
    <message>
        <source>Unallocated import rows</source>
        <translation>Lignes importées non affectées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <translation>Désarchivage</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Reallocated</source>
        <translation>Réaffectation</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AuditLogPage</name>
    <message>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Only changes made between these two days, both included</source>
        <translation>Seulement les modifications faites entre ces deux jours, inclus</translation>
    </message>
    <message>
        <source>Search who, item, values…</source>
        <translation>Chercher qui, élément, valeurs…</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file</source>
        <translation>Écrire les modifications affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;No change recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every change to this database appears here: projects, cost lines, budgets, alert rules, exchange rates, settings and imports, with who made it, when, and the value before and after.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Aucune modification enregistrée pour l’instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque modification de cette base apparaît ici : projets, lignes de coût, budgets, règles d’alerte, taux de change, réglages et imports, avec qui l’a faite, quand, et la valeur avant et après.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 sur %n modification</numerusform>
            <numerusform>%1 sur %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <comment>file name</comment>
        <translation>journal-audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>costboard::ui::AutomatedHoursDialog</name>
    <message>
        <source>Hours Automated by %1</source>
        <translation>Heures automatisées par %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Hours automated</source>
        <translation>Heures automatisées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hours of repetitive work %1 took off people's hands, as the business counts them.</source>
        <translation>Heures de travail répétitif que %1 a retirées aux équipes, comptées par les métiers.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::BenchmarkCostsModel</name>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The project's whole cost of the week, in the categories shown</source>
        <translation>Le coût total du projet sur la semaine, dans les catégories affichées</translation>
    </message>
    <message>
        <source>The cost of the weeks whose volume was entered, over their volume</source>
        <translation>Le coût des semaines dont le volume est saisi, rapporté à ce volume</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <source>vs week before</source>
        <translation>vs semaine précédente</translation>
    </message>
    <message>
        <source>Per unit, period</source>
        <translation>Par unité, période</translation>
    </message>
    <message>
        <source>Weeks entered</source>
        <translation>Semaines saisies</translation>
    </message>
</context>
<context>
    <name>costboard::ui::BenchmarkVolumesDialog</name>
    <message>
        <source>Weekly volumes: %1</source>
        <translation>Volumes hebdomadaires : %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Volume (%1)</source>
        <translation>Volume (%1)</translation>
    </message>
    <message>
        <source>%1: the volume must be a whole number from 0 to %2, or empty.</source>
        <translation>%1 : le volume doit être un nombre entier de 0 à %2, ou vide.</translation>
    </message>
    <message>
        <source>The number of units (%1) the project handled each week. The cost per unit is the week's cost over this volume; a week left empty is not counted. Type the figures, or paste a column copied from a spreadsheet onto the first week to fill.</source>
        <translation>Le nombre d'unités (%1) traitées par le projet chaque semaine. Le coût par unité est le coût de la semaine rapporté à ce volume ; une semaine laissée vide n'est pas comptée. Saisissez les chiffres, ou collez une colonne copiée d'un tableur sur la première semaine à remplir.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::BudgetGridModel</name>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>project code – category</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Portfolio (all projects)</source>
        <translation>Portefeuille (tous les projets)</translation>
    </message>
    <message>
        <source>The sum of the month budgets of %1.</source>
        <translation>Somme des budgets mensuels (%1).</translation>
    </message>
    <message>
        <source>The sum of the quarter budgets of %1.</source>
        <translation>Somme des budgets trimestriels (%1).</translation>
    </message>
    <message>
        <source>The share, by days, of the quarter budget in %1.</source>
        <translation>Quote-part, au prorata des jours, du budget trimestriel sur %1.</translation>
    </message>
    <message>
        <source>The share, by days, of the year budget in %1.</source>
        <translation>Quote-part, au prorata des jours, du budget annuel sur %1.</translation>
    </message>
    <message>
        <source>Type an amount to set %1 directly.</source>
        <translation>Saisissez un montant pour budgéter directement cette période (%1).</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <comment>fiscal quarter and its months: Q1 (Apr–Jun)</comment>
        <translation>T%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : du %2 au %3</translation>
    </message>
    <message>
        <source>Spend expected by the end of %1, as forecast on the dashboard</source>
        <translation>Dépenses attendues sur %1, selon la prévision du tableau de bord</translation>
    </message>
    <message>
        <source>Forecast minus budget: positive (red) is an overrun, negative (green) is room left</source>
        <translation>Prévision moins budget : positif (rouge) = dépassement, négatif (vert) = marge restante</translation>
    </message>
    <message>
        <source>Variance as a share of the budget</source>
        <translation>Écart en pourcentage du budget</translation>
    </message>
    <message>
        <source>A budget cannot be negative (%1).</source>
        <translation>Un budget ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The row's budgets of %1 were first split into %2 (each keeping its amount), so that the year is budgeted one way, as the dashboard counts it.</source>
        <translation>Les budgets de la ligne (%1) ont d’abord été ventilés en %2 (chacun conservant son montant), afin que l’exercice soit budgété d’une seule façon, comme le compte le tableau de bord.</translation>
    </message>
    <message>
        <source>This row is budgeted by smaller periods: the amount was spread evenly over them.</source>
        <translation>Cette ligne est budgétée par périodes plus courtes : le montant y a été réparti à parts égales.</translation>
    </message>
    <message>
        <source>Nothing to copy: the rows without a budget for %1 had none for %2 either.</source>
        <translation>Rien à copier : les lignes sans budget pour %1 n’en avaient pas non plus pour %2.</translation>
    </message>
    <message>
        <source>Budgets of %1 copied into %2 (%3 written).</source>
        <translation>Budgets de la période %1 copiés vers %2 (écritures : %3).</translation>
    </message>
    <message>
        <source>The amount shown adds up the budgets of the rows below; change or empty those instead.</source>
        <translation>Le montant affiché additionne les budgets des lignes du dessous ; modifiez ou videz plutôt ceux-ci.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it in full, such as 12500 or %2 (no “k” or “M”).</source>
        <translation>« %1 » n’est pas un montant. Saisissez-le en entier, p. ex. 12500 ou %2 (sans « k » ni « M »).</translation>
    </message>
    <message>
        <source>%1 is too large for a budget: at most %2.</source>
        <translation>%1 : montant trop élevé pour un budget (%2 au maximum).</translation>
    </message>
    <message>
        <source>%1 has no budget of its own here: the amount shown adds up its month budgets. Change or empty those instead.</source>
        <translation>%1 n’a pas de budget propre ici : le montant affiché additionne ses budgets mensuels. Modifiez ou videz plutôt ceux-ci.</translation>
    </message>
    <message>
        <source>%1 has no budget of its own here: the amount shown comes from its quarter budgets. Change or empty those instead.</source>
        <translation>%1 n’a pas de budget propre ici : le montant affiché provient de ses budgets trimestriels. Modifiez ou videz plutôt ceux-ci.</translation>
    </message>
    <message>
        <source>%1 has no budget of its own here: the amount shown is its share of the year budget. Change or empty that budget instead.</source>
        <translation>%1 n’a pas de budget propre ici : le montant affiché est sa quote-part du budget annuel. Modifiez ou videz plutôt ce budget.</translation>
    </message>
    <message>
        <source>No budget for %1.</source>
        <translation>Aucun budget (%1).</translation>
    </message>
    <message>
        <source>Budget typed for %1.</source>
        <translation>Budget saisi (%1).</translation>
    </message>
    <message>
        <source>The sum of the projects' budgets for %1: the portfolio has no budget of its own.</source>
        <translation>Somme des budgets des projets (%1) : le portefeuille n’a pas de budget propre.</translation>
    </message>
    <message>
        <source>The sum of the projects' budgets of this category for %1.</source>
        <translation>Somme des budgets des projets dans cette catégorie (%1).</translation>
    </message>
    <message>
        <source>The sum of the project's category budgets for %1: the project has no budget of its own.</source>
        <translation>Somme des budgets par catégorie du projet (%1) : le projet n’a pas de budget propre.</translation>
    </message>
    <message>
        <source>Empty or 0 removes it.</source>
        <translation>Videz la cellule ou saisissez 0 pour le supprimer.</translation>
    </message>
    <message>
        <source>Type an amount to set one.</source>
        <translation>Saisissez un montant pour en définir un.</translation>
    </message>
    <message>
        <source>%1 has not begun: no spend yet.</source>
        <translation>%1 : pas encore commencé, aucune dépense pour l’instant.</translation>
    </message>
    <message>
        <source>Spend of %1 up to %2, as on the dashboard.</source>
        <translation>Dépenses (%1) jusqu’au %2, comme sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Spend expected over %1 as of %2, as forecast on the dashboard: the spend so far, then what is booked, recurring and projected.</source>
        <translation>Dépenses attendues (%1), estimées au %2 selon la prévision du tableau de bord : dépenses à date, puis coûts saisis par anticipation, récurrents et projetés.</translation>
    </message>
    <message>
        <source>No budget for %1: no variance.</source>
        <translation>Aucun budget (%1) : pas d’écart.</translation>
    </message>
    <message>
        <source>Forecast above the budget of %1: an overrun of %2.</source>
        <translation>Prévision supérieure au budget (%1) : dépassement de %2.</translation>
    </message>
    <message>
        <source>Forecast within the budget of %1: %2 left.</source>
        <translation>Prévision dans le budget (%1) : marge restante de %2.</translation>
    </message>
    <message>
        <source>Budget of %1: the sum of its periods</source>
        <translation>Budget (%1) : somme de ses périodes</translation>
    </message>
    <message>
        <source>Spend of %1 up to %2 (the end of the reporting week), as on the dashboard and the projects page</source>
        <translation>Dépenses (%1) jusqu’au %2 (fin de la semaine de reporting), comme sur le tableau de bord et la page Projets</translation>
    </message>
</context>
<context>
    <name>costboard::ui::BudgetsPage</name>
    <message>
        <source>Spread a Yearly Amount</source>
        <translation>Répartir un montant annuel</translation>
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation>p. ex. 120000</translation>
    </message>
    <message>
        <source>The amount becomes twelve month budgets of %1, equal to the cent except for the remainder, which goes to the first months. They replace the row's quarter and year budgets of that year.</source>
        <translation>Le montant devient douze budgets mensuels pour %1, égaux au centime près, le reliquat allant aux premiers mois. Ils remplacent les budgets trimestriels et annuel de la ligne pour cet exercice.</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Ligne :</translation>
    </message>
    <message>
        <source>&amp;Yearly amount (%1):</source>
        <translation>&amp;Montant annuel (%1) :</translation>
    </message>
    <message>
        <source>Type the year's amount; 0 removes the row's budgets of the year.</source>
        <translation>Saisissez le montant de l’exercice ; 0 supprime les budgets de la ligne pour cet exercice.</translation>
    </message>
    <message>
        <source>12 months of %1.</source>
        <translation>12 mois à %1.</translation>
    </message>
    <message>
        <source>%1 months of %2, then %3 of %4: %5 in all.</source>
        <translation>%1 mois à %2, puis %3 à %4 : %5 au total.</translation>
    </message>
    <message>
        <source>Split by &amp;category</source>
        <translation>Détailler par &amp;catégorie</translation>
    </message>
    <message>
        <source>&amp;Spread a Yearly Amount…</source>
        <translation>&amp;Répartir un montant annuel…</translation>
    </message>
    <message>
        <source>Copy &amp;Previous Period</source>
        <translation>Copier la période &amp;précédente</translation>
    </message>
    <message>
        <source>The fiscal year shown</source>
        <translation>L’exercice affiché</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>The periods of the columns</source>
        <translation>Les périodes des colonnes</translation>
    </message>
    <message>
        <source>A row per cost category under the portfolio and each project</source>
        <translation>Une ligne par catégorie de coût sous le portefeuille et sous chaque projet</translation>
    </message>
    <message>
        <source>Turn a yearly amount into twelve equal month budgets for one row</source>
        <translation>Transformer un montant annuel en douze budgets mensuels égaux pour une ligne</translation>
    </message>
    <message>
        <source>Copy each row's budget of the period before the selected column into it, where the row has none yet (one undo step)</source>
        <translation>Copier dans la colonne sélectionnée le budget de la période précédente, pour chaque ligne qui n’en a pas encore (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Clear Budget</source>
        <translation>Effacer le budget</translation>
    </message>
    <message>
        <source>The budgets could not be read: %1</source>
        <translation>Les budgets n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (en cours)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The fiscal year starts in %1 (Edit ▸ Preferences).</source>
        <translation>L’exercice commence en %1 (Édition ▸ Préférences).</translation>
    </message>
    <message>
        <source>Amounts in %1, the reporting currency</source>
        <translation>Montants en %1, la devise de reporting</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>What the period columns show: the budget (typed here), the actual spend, the forecast or the variance (forecast − budget)</source>
        <translation>Ce qu’affichent les colonnes de période : le budget (saisi ici), les dépenses réelles, la prévision ou l’écart (prévision − budget)</translation>
    </message>
    <message>
        <source>The portfolio's envelope (its own budget) against the sum of its projects' budgets: a reserve not yet allocated, or an overcommitment</source>
        <translation>L’enveloppe du portefeuille (son budget propre) rapportée à la somme des budgets de ses projets : une réserve non encore allouée, ou un surengagement</translation>
    </message>
    <message>
        <source>With Budget shown, type an amount to set a period's budget (empty or 0 removes it, Ctrl+Z undoes). Grey italics are derived: a quarter or year shared out by days, or smaller periods and the rows below added up. A month typed in a year budgeted by quarter splits the quarters into months first: a row is budgeted one way per year, as the dashboard counts it. Variance = forecast − budget; red is an overrun.</source>
        <translation>Lorsque Budget est affiché, saisissez un montant pour définir le budget d’une période (vide ou 0 le supprime, Ctrl+Z annule). Les montants en italique gris sont calculés : trimestre ou exercice réparti au prorata des jours, ou somme des périodes plus courtes et des lignes inférieures. Un mois saisi dans un exercice budgété par trimestre ventile d’abord les trimestres en mois : une ligne est budgétée d’une seule façon par exercice, comme le compte le tableau de bord. Écart = prévision − budget ; le rouge signale un dépassement.</translation>
    </message>
    <message>
        <source>Grey italics are derived: a quarter or year shared out by days, or smaller periods and the rows below added up. Variance = forecast − budget; red is an overrun.</source>
        <translation>Les montants en italique gris sont calculés : trimestre ou exercice réparti au prorata des jours, ou somme des périodes plus courtes et des lignes inférieures. Écart = prévision − budget ; le rouge signale un dépassement.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeFollowUpTab</name>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;Reached</source>
        <translation>Marquer comme &amp;atteint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Enter &amp;Values…</source>
        <translation>Saisir les &amp;valeurs…</translation>
    </message>
    <message>
        <source>Add &amp;Milestone…</source>
        <translation>Ajouter un &amp;jalon…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jalons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;KPI…</source>
        <translation>Ajouter un &amp;indicateur…</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPIs: target and latest actual&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indicateurs : cible et dernier réel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give each project its milestones (pilot, go/no-go, production, review) and the KPIs the committee follows it by: they are flagged here and on the agenda.</source>
        <translation>Donnez à chaque projet ses jalons (pilote, go/no-go, production, revue) et les indicateurs par lesquels le comité le suit : ils sont signalés ici et à l'ordre du jour.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style="color:%1"&gt;%n milestone(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style="color:%1"&gt;%n jalon en retard&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style="color:%1"&gt;%n jalons en retard&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no milestone late</source>
        <translation>aucun jalon en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n due this week or next</source>
        <translation>
            <numerusform>%n à échéance cette semaine ou la suivante</numerusform>
            <numerusform>%n à échéance cette semaine ou la suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n KPI(s) off target&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n indicateur hors cible&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n indicateurs hors cible&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>every KPI measured is on target</source>
        <translation>chaque indicateur mesuré est dans la cible</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Supprimer l'indicateur</translation>
    </message>
    <message>
        <source>Remove the KPI “%1” of %2 and its values? Undo brings them back.</source>
        <translation>Supprimer l'indicateur « %1 » de %2 et ses valeurs ? Annuler les rétablit.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteePage</name>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Score Project…</source>
        <translation>&amp;Noter le projet…</translation>
    </message>
    <message>
        <source>Accept or &amp;Override…</source>
        <translation>Accepter ou é&amp;carter…</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Critères…</translation>
    </message>
    <message>
        <source>Edit &amp;Rules…</source>
        <translation>Modifier les &amp;règles…</translation>
    </message>
    <message>
        <source>Portfolio evaluation</source>
        <translation>Évaluation du portefeuille</translation>
    </message>
    <message>
        <source>Decision routing</source>
        <translation>Orientation des décisions</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Registre des décisions</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) scored on the committee's criteria</source>
        <translation>
            <numerusform>%1 projet sur %n noté sur les critères du comité</numerusform>
            <numerusform>%1 projets sur %n notés sur les critères du comité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on some criteria only</source>
        <translation>
            <numerusform>%n sur une partie des critères seulement</numerusform>
            <numerusform>%n sur une partie des critères seulement</numerusform>
        </translation>
    </message>
    <message>
        <source>best: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>meilleur : &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Figures for %1, as of %2. Double-click a project to score it.</source>
        <translation>Montants de l’%1, au %2. Double-cliquez sur un projet pour le noter.</translation>
    </message>
    <message>
        <source>No project yet: create projects on the Projects page, then score them here.</source>
        <translation>Aucun projet : créez des projets dans la page Projets, puis notez-les ici.</translation>
    </message>
    <message>
        <source>No routing rule yet. Rules propose which projects the committee keeps and which it delegates to the CIO or the CFO: add them with Edit Rules.</source>
        <translation>Aucune règle d’orientation. Les règles proposent les projets que le comité garde et ceux qu’il délègue à la DSI ou à la DAF : ajoutez-les avec Modifier les règles.</translation>
    </message>
    <message>
        <source>Every project is decided where the rules propose, or as the committee decided against them.</source>
        <translation>Chaque projet est décidé là où les règles le proposent, ou comme le comité l’a tranché contre elles.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n project(s)&lt;/b&gt; decided elsewhere than the rules propose: accept or override each with a reason.</source>
        <translation>
            <numerusform>&lt;b&gt;%n projet&lt;/b&gt; décidé ailleurs que là où les règles le proposent : acceptez ou écartez chaque proposition avec un motif.</numerusform>
            <numerusform>&lt;b&gt;%n projets&lt;/b&gt; décidés ailleurs que là où les règles le proposent : acceptez ou écartez chaque proposition avec un motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Search reasons, owners and projects</source>
        <translation>Rechercher dans les motifs, responsables et projets</translation>
    </message>
    <message>
        <source>Milestones and KPIs</source>
        <translation>Jalons et indicateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talents</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeSessionsTab</name>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Plan &amp;This Session</source>
        <translation>Planifier &amp;cette séance</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Tenue</translation>
    </message>
    <message>
        <source>&amp;Save Minutes</source>
        <translation>Enregistrer le &amp;compte rendu</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>&amp;Enregistrer une décision…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Double-click an item to open it</source>
        <translation>Double-cliquez sur un point pour l'ouvrir</translation>
    </message>
    <message>
        <source>Minutes: who attended, what was discussed</source>
        <translation>Compte rendu : présents, points discutés</translation>
    </message>
    <message>
        <source>&amp;Plan Sessions…</source>
        <translation>&amp;Planifier les séances…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compte rendu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions of the session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Décisions de la séance&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Next: &lt;b&gt;%1&lt;/b&gt; · %n item(s) on its agenda</source>
        <translation>
            <numerusform>Prochaine : &lt;b&gt;%1&lt;/b&gt; · %n point à l'ordre du jour</numerusform>
            <numerusform>Prochaine : &lt;b&gt;%1&lt;/b&gt; · %n points à l'ordre du jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this session first: its decisions are recorded in it</source>
        <translation>Planifiez d'abord cette séance : ses décisions y sont enregistrées</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Move the session of %1 to:</source>
        <translation>Déplacer la séance du %1 au :</translation>
    </message>
    <message>
        <source>Export the Committee's Calendar</source>
        <translation>Exporter le calendrier du comité</translation>
    </message>
    <message>
        <source>committee-calendar.ics</source>
        <comment>file name</comment>
        <translation>calendrier-comite.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeTalentTab</name>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de formation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Hours automated, fiscal year</source>
        <translation>Heures automatisées, exercice</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Enter &amp;Hours…</source>
        <translation>Saisir les &amp;heures…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Post Salaries…</source>
        <translation>&amp;Passer les salaires…</translation>
    </message>
    <message>
        <source>&amp;Target Shape…</source>
        <translation>&amp;Forme cible…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt;</source>
        <translation>&lt;b&gt;Effectifs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Training Plan…</source>
        <translation>Ajouter un plan de &amp;formation…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plans de formation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Repetitive work automated&lt;/b&gt;</source>
        <translation>&lt;b&gt;Travail répétitif automatisé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No one on the roster yet: add the people who work on the AI projects, with their level and their share of each project. The roster posts their salaries.</source>
        <translation>Aucun effectif : ajoutez les personnes qui travaillent sur les projets d'IA, avec leur niveau et leur part de chaque projet. Les effectifs passent leurs salaires.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the roster this month (%2 external) · shape: &lt;b&gt;%3&lt;/b&gt; · %4 hours of repetitive work automated in %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans les effectifs ce mois-ci (%2 externe(s)) · forme : &lt;b&gt;%3&lt;/b&gt; · %4 heures de travail répétitif automatisées en %5</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>external (%1)</source>
        <translation>externe (%1)</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Take %1 off the roster? The salaries already posted stay until their months are posted again. Undo brings them back.</source>
        <translation>Retirer %1 des effectifs ? Les salaires déjà passés restent jusqu'à ce que leurs mois soient passés à nouveau. Annuler rétablit la personne.</translation>
    </message>
    <message>
        <source>Post Salaries</source>
        <translation>Passer les salaires</translation>
    </message>
    <message>
        <source>%1: %2 salary line(s) written, %3 replaced.</source>
        <translation>%1 : %2 ligne(s) de salaire écrite(s), %3 remplacée(s).</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLineDialog</name>
    <message>
        <source>Not an amount in %1: use whole numbers only.</source>
        <translation>Montant en %1 non valide : utilisez uniquement des nombres entiers.</translation>
    </message>
    <message>
        <source>Not an amount in %1: use digits and at most one decimal.</source>
        <translation>Montant en %1 non valide : utilisez des chiffres et au plus une décimale.</translation>
    </message>
    <message numerus="yes">
        <source>Not an amount in %1: use digits and at most %n decimals.</source>
        <translation>
            <numerusform>Montant en %1 non valide : utilisez des chiffres et au plus %n décimale.</numerusform>
            <numerusform>Montant en %1 non valide : utilisez des chiffres et au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must not be zero (a credit is negative).</source>
        <translation>Le montant ne peut pas être nul (un avoir est négatif).</translation>
    </message>
    <message>
        <source>This amount is implausibly large: check the decimals.</source>
        <translation>Ce montant paraît anormalement élevé : vérifiez les décimales.</translation>
    </message>
    <message>
        <source>Add Cost Line</source>
        <translation>Ajouter une ligne de coût</translation>
    </message>
    <message>
        <source>Edit Cost Line</source>
        <translation>Modifier la ligne de coût</translation>
    </message>
    <message>
        <source>Choose a project…</source>
        <translation>Choisissez un projet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. OpenAI, Azure, consulting firm</source>
        <translation>p. ex. OpenAI, Azure, cabinet de conseil</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>The quantity must be a positive number, or empty.</source>
        <translation>La quantité doit être un nombre positif, ou rester vide.</translation>
    </message>
    <message>
        <source>Enter the quantity the unit applies to, or clear the unit.</source>
        <translation>Saisissez la quantité à laquelle s’applique l’unité, ou retirez l’unité.</translation>
    </message>
    <message>
        <source>Choose a project and enter an amount.</source>
        <translation>Choisissez un projet et saisissez un montant.</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Pays for a period</source>
        <translation>Couvre une période</translation>
    </message>
    <message>
        <source>On the accrual basis the amount is spread evenly over the days it pays for (a salary or a subscription over its month); without a period it counts on its date.</source>
        <translation>En engagements, le montant est réparti à parts égales sur les jours qu’il couvre (un salaire ou un abonnement sur son mois) ; sans période, il est imputé à sa date.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>service period: 1 Nov to 30 Nov</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Période de &amp;service :</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>La fin de la période ne peut pas précéder son premier jour.</translation>
    </message>
    <message>
        <source>The period covers %1 days; at most %2 are accepted.</source>
        <translation>La période couvre %1 jours ; %2 au maximum sont acceptés.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), about %1 a day</source>
        <translation>
            <numerusform>%n jour, soit environ %1 par jour</numerusform>
            <numerusform>%n jours, soit environ %1 par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesModel</name>
    <message>
        <source>Manual entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 on this date: not counted in totals.</source>
        <translation>Aucun taux de change de %1 vers %2 à cette date : ligne exclue des totaux.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>The amount as invoiced, in its own currency</source>
        <translation>Le montant facturé, dans sa devise d’origine</translation>
    </message>
    <message>
        <source>The amount in %1 at the exchange rate of its date</source>
        <translation>Le montant en %1 au taux de change de sa date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>service period: first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Counts on its date on both bases.</source>
        <translation>Imputé à sa date, en engagements comme en décaissements.</translation>
    </message>
    <message numerus="yes">
        <source>Pays for %n day(s), %1 to %2: spread evenly over them on the accrual basis, on %3 on the cash basis.</source>
        <translation>
            <numerusform>Couvre %n jour, du %1 au %2 : imputé sur ce jour en engagements, le %3 en décaissements.</numerusform>
            <numerusform>Couvre %n jours, du %1 au %2 : réparti à parts égales sur ces jours en engagements, imputé le %3 en décaissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The days the cost pays for: on the accrual basis its amount is spread evenly over them; empty when it counts on its date</source>
        <translation>Les jours que couvre le coût : en engagements, son montant y est réparti à parts égales ; vide lorsqu’il est imputé à sa date</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Période de service</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesPage</name>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Only lines dated within the period</source>
        <translation>Uniquement les lignes datées dans la période</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Search description, vendor, reference…</source>
        <translation>Rechercher une description, un fournisseur, une référence…</translation>
    </message>
    <message>
        <source>Show every cost line</source>
        <translation>Afficher toutes les lignes de coût</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected projects</source>
        <translation>
            <numerusform>%n projet sélectionné</numerusform>
            <numerusform>%n projets sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected categories</source>
        <translation>
            <numerusform>%n catégorie sélectionnée</numerusform>
            <numerusform>%n catégories sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without exchange rate, not in the total)</source>
        <translation>
            <numerusform>(%Ln sans taux de change, hors total)</numerusform>
            <numerusform>(%Ln sans taux de change, hors total)</numerusform>
        </translation>
    </message>
    <message>
        <source>All cost lines</source>
        <translation>Toutes les lignes de coût</translation>
    </message>
    <message>
        <source>Cost lines matching the filter</source>
        <translation>Lignes de coût correspondant au filtre</translation>
    </message>
    <message>
        <source>1 line of %1</source>
        <translation>1 ligne de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines totalling %1</source>
        <translation>
            <numerusform>%Ln ligne pour un total de %1</numerusform>
            <numerusform>%Ln lignes pour un total de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Lignes de coût</translation>
    </message>
    <message>
        <source>This cost line no longer exists.</source>
        <translation>Cette ligne de coût n’existe plus.</translation>
    </message>
    <message>
        <source>Delete Cost Lines</source>
        <translation>Supprimer des lignes de coût</translation>
    </message>
    <message>
        <source>Delete this cost line?</source>
        <translation>Supprimer cette ligne de coût ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln cost lines?</source>
        <translation>
            <numerusform>Supprimer %Ln ligne de coût ?</numerusform>
            <numerusform>Supprimer ces %Ln lignes de coût ?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring them back with Edit &gt; Undo.</source>
        <translation>Vous pourrez les rétablir avec Édition &gt; Annuler.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::CriteriaDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Evaluation Criteria</source>
        <translation>Critères d’évaluation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>A high score is</source>
        <translation>Une note haute est</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Each project is scored from 0 to 5 on every criterion. A criterion's weight over the total is its share of the weighted score. Removing a criterion keeps the scores already given on it in the projects' history.</source>
        <translation>Chaque projet est noté de 0 à 5 sur chaque critère. Le poids d’un critère rapporté au total est sa part de la note pondérée. Retirer un critère garde dans l’historique des projets les notes déjà données sur lui.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>good for the project</source>
        <translation>favorable au projet</translation>
    </message>
    <message>
        <source>bad for the project</source>
        <translation>défavorable au projet</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Poids total : %1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above zero.</source>
        <translation>Donnez à au moins un critère un poids supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardFilterBar</name>
    <message>
        <source>Last 13 weeks</source>
        <translation>13 dernières semaines</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>26 dernières semaines</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Trimestre à date</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Exercice à date</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>52 dernières semaines</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 projet</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>(the end is before the start)</source>
        <translation>(la fin précède le début)</translation>
    </message>
    <message>
        <source>Accrual</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>Accrual: each cost counts over the days it pays for (its service period), as a CFO closes the books.
Cash: each cost counts on its invoice date.</source>
        <translation>Engagements : chaque coût est réparti sur les jours qu’il couvre (sa période de service), comme lors d’une clôture comptable.
Décaissements : chaque coût est imputé à sa date de facture.</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Décidé par : %1</translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardPage</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Moyenne sur 4 semaines</translation>
    </message>
    <message>
        <source>Period to date</source>
        <translation>Période à date</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>The period is empty: its end is before its start.</source>
        <translation>La période est vide : sa fin précède son début.</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Le tableau de bord n’a pas pu être calculé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</source>
        <translation>
            <numerusform>%n ligne de coût dans une devise sans taux de change est exclue des totaux : ajoutez le taux manquant pour la prendre en compte.</numerusform>
            <numerusform>%n lignes de coût dans une devise sans taux de change sont exclues des totaux : ajoutez le taux manquant pour les prendre en compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>%1 vs last week (%2)</source>
        <translation>%1 sur une semaine (%2)</translation>
    </message>
    <message>
        <source>nothing spent last week</source>
        <translation>aucune dépense la semaine précédente</translation>
    </message>
    <message>
        <source>no spend in the last 4 weeks</source>
        <translation>aucune dépense sur les 4 dernières semaines</translation>
    </message>
    <message>
        <source>this week is above the average</source>
        <translation>cette semaine est au-dessus de la moyenne</translation>
    </message>
    <message>
        <source>this week is at or below the average</source>
        <translation>cette semaine est dans la moyenne ou en dessous</translation>
    </message>
    <message>
        <source>%1 of the budget to date (%2)</source>
        <translation>%1 du budget à date (%2)</translation>
    </message>
    <message>
        <source>no budget for this selection</source>
        <translation>aucun budget pour cette sélection</translation>
    </message>
    <message>
        <source>Largest movers vs last week</source>
        <translation>Plus fortes variations sur une semaine</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune variation.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Spend from %1 to %2, %3 basis, against the budget of the same days.</source>
        <translation>Dépenses du %1 au %2, en %3, rapportées au budget des mêmes jours.</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
    <message>
        <source>%1 of the %2 budget (%3)</source>
        <translation>%1 du budget %2 (%3)</translation>
    </message>
    <message>
        <source>no %1 budget for this selection</source>
        <translation>aucun budget %1 pour cette sélection</translation>
    </message>
    <message>
        <source>Spend expected over %1 (%2 to %3), forecast per project and category:
actual to date %4
booked ahead (service periods after today) %5
recurring costs not booked yet, scheduled month by month %6
variable spend projected from the trend of the last 13 weeks (one-off weeks left out) %7</source>
        <translation>Dépenses attendues (%1, du %2 au %3), prévues par projet et par catégorie :
réel à date %4
saisi par anticipation (périodes de service après aujourd’hui) %5
coûts récurrents non encore saisis, planifiés mois par mois %6
dépenses variables projetées selon la tendance des 13 dernières semaines (semaines exceptionnelles écartées) %7</translation>
    </message>
    <message>
        <source>Allocated: %1 of the spend. %2 of imported costs are in no project yet: add an allocation rule on the Imports page.</source>
        <translation>Affecté : %1 des dépenses. %2 de coûts importés ne sont encore affectés à aucun projet : ajoutez une règle d’affectation sur la page Imports.</translation>
    </message>
    <message>
        <source>To date (%1)</source>
        <translation>À date (%1)</translation>
    </message>
    <message>
        <source>No costs recorded in %1 for this selection.</source>
        <translation>Aucun coût enregistré sur la période %1 pour cette sélection.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>costboard::ui::DecisionLogModel</name>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>costboard::ui::EstimateAgainstActualDialog</name>
    <message>
        <source>Estimate against Actual: %1</source>
        <translation>Estimation face au réel : %1</translation>
    </message>
    <message>
        <source>%1, version %2, saved %3 by %4</source>
        <translation>%1, version %2, enregistrée le %3 par %4</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimation :</translation>
    </message>
    <message>
        <source>Assumed:</source>
        <translation>Hypothèses :</translation>
    </message>
    <message>
        <source>No estimate saved for this project yet: save one from the Estimator's Total cost tab.</source>
        <translation>Aucune estimation enregistrée pour ce projet : enregistrez-en une depuis l’onglet Coût total de l’Estimateur.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistrées)</translation>
    </message>
    <message>
        <source>The estimate starts in %1: nothing to compare yet.</source>
        <translation>L’estimation commence en %1 : rien à comparer pour l’instant.</translation>
    </message>
    <message>
        <source>To %1: estimated %2, actual %3, gap %4.</source>
        <translation>Au %1 : estimé %2, réel %3, écart %4.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (à date)</translation>
    </message>
</context>
<context>
    <name>costboard::ui::EstimateBudgetsDialog</name>
    <message>
        <source>Create Budgets from Estimate</source>
        <translation>Créer des budgets d’après l’estimation</translation>
    </message>
    <message>
        <source>Create Budgets</source>
        <translation>Créer les budgets</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Estimate of:</source>
        <translation>Estimation de :</translation>
    </message>
    <message>
        <source>First month:</source>
        <translation>Premier mois :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::EstimatorPage</name>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>What the workload costs at the catalog's prices, model by model. Amounts of a request or of a thousand words are exact; weeks, months and years are rounded to the cent.</source>
        <translation>Ce que coûte la charge aux prix du catalogue, modèle par modèle. Les montants d’une requête ou de mille mots sont exacts ; les semaines, mois et années sont arrondis au centime.</translation>
    </message>
    <message>
        <source>Month by month, with the growth:</source>
        <translation>Mois par mois, avec la croissance :</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <source>provider/model</source>
        <translation>fournisseur/modèle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modèles :</translation>
    </message>
    <message>
        <source>Requests a day:</source>
        <translation>Requêtes par jour :</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Counted in:</source>
        <translation>Compté en :</translation>
    </message>
    <message>
        <source>Read per request:</source>
        <translation>Lus par requête :</translation>
    </message>
    <message>
        <source>Of which cached:</source>
        <translation>Dont en cache :</translation>
    </message>
    <message>
        <source>Generated per request:</source>
        <translation>Générés par requête :</translation>
    </message>
    <message>
        <source>Monthly growth:</source>
        <translation>Croissance mensuelle :</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <source>Prices of:</source>
        <translation>Prix du :</translation>
    </message>
    <message>
        <source>Of the tokens read, those the provider serves from its cache (a fixed system prompt), at the cached price. Counted in tokens.</source>
        <translation>Parmi les jetons lus, ceux que le fournisseur sert depuis son cache (un prompt système fixe), au prix en cache. Comptés en jetons.</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modèle de base :</translation>
    </message>
    <message>
        <source>Training tokens:</source>
        <translation>Jetons d’entraînement :</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <source>Hosting hours a month:</source>
        <translation>Heures d’hébergement par mois :</translation>
    </message>
    <message>
        <source>Hours the tuned model is deployed each month, where the provider bills hosting by the hour (Azure OpenAI); 730 is always on.</source>
        <translation>Heures de déploiement du modèle ajusté chaque mois, quand le fournisseur facture l’hébergement à l’heure (Azure OpenAI) ; 730 correspond à un déploiement permanent.</translation>
    </message>
    <message>
        <source>Tokens read per request</source>
        <translation>Jetons lus par requête</translation>
    </message>
    <message>
        <source>Tokens generated per request</source>
        <translation>Jetons générés par requête</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Choose a model with a training price.</source>
        <translation>Choisissez un modèle qui a un prix d’entraînement.</translation>
    </message>
    <message>
        <source>Training: %1 once (%2 tokens × %3 epochs at %4).</source>
        <translation>Entraînement : %1 une fois (%2 jetons × %3 époques à %4).</translation>
    </message>
    <message>
        <source>Hosting: %1 a month (%2 hours at %3).</source>
        <translation>Hébergement : %1 par mois (%2 heures à %3).</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Estimateur</translation>
    </message>
    <message>
        <source>Create &amp;Budgets…</source>
        <translation>Créer des &amp;budgets…</translation>
    </message>
    <message>
        <source>Write one model's months as a project's monthly inference budgets, in the reporting currency (undoable)</source>
        <translation>Écrit les mois d’un modèle comme budgets mensuels d’inférence d’un projet, dans la devise de reporting (annulable)</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly inference budget(s) of %1, from %2 to %3, %4 in all, replacing what those months had. Amounts in another currency are converted at the rate of each month's first day.</source>
        <translation>
            <numerusform>%n budget mensuel d’inférence pour %1, de %2 à %3, %4 au total, qui remplace ce que ce mois avait. Les montants dans une autre devise sont convertis au taux du premier jour de chaque mois.</numerusform>
            <numerusform>%n budgets mensuels d’inférence pour %1, de %2 à %3, %4 au total, qui remplacent ce que ces mois avaient. Les montants dans une autre devise sont convertis au taux du premier jour de chaque mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own GPUs</source>
        <translation>GPU propres</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>An open model on rented GPUs against the API, and the volume from which it is cheaper</source>
        <translation>Un modèle ouvert sur GPU loués face à l’API, et le volume à partir duquel il revient moins cher</translation>
    </message>
    <message>
        <source>The model, the fine-tuning, the people and the staff training over 12, 24 and 36 months</source>
        <translation>Le modèle, le réglage fin, les équipes et la formation du personnel sur 12, 24 et 36 mois</translation>
    </message>
</context>
<context>
    <name>costboard::ui::EvaluationModel</name>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sans commentaire</translation>
    </message>
    <message>
        <source>Scored on %1 of %2 criteria</source>
        <translation>Noté sur %1 critères sur %2</translation>
    </message>
    <message>
        <source>%1 — weight %2, %3; scored 0 to 5</source>
        <translation>%1 — poids %2, %3 ; noté de 0 à 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Décide</translation>
    </message>
    <message>
        <source>Forecast (year)</source>
        <translation>Prévision (exercice)</translation>
    </message>
    <message>
        <source>Budget (year)</source>
        <translation>Budget (exercice)</translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRateDialog</name>
    <message>
        <source>Edit Exchange Rate</source>
        <translation>Modifier le taux de change</translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation>Nouveau taux de change</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>En vigueur à compter du :</translation>
    </message>
    <message>
        <source>1 unit is worth (in %1):</source>
        <translation>1 unité vaut (en %1) :</translation>
    </message>
    <message>
        <source>Type a positive number with at most 9 decimals, e.g. 0.9234.</source>
        <translation>Saisissez un nombre positif d’au plus 9 décimales, p. ex. 0,9234.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesModel</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>En vigueur à compter du</translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation>Taux (en %1)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;New Rate…</source>
        <translation>&amp;Nouveau taux…</translation>
    </message>
    <message>
        <source>Cost lines in another currency are converted into %1 at the rate valid on their date. Changing a rate re-converts the lines it applies to.</source>
        <translation>Les lignes de coût dans une autre devise sont converties en %1 au taux en vigueur à leur date. Modifier un taux reconvertit les lignes auxquelles il s’applique.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1</source>
        <translation>
            <numerusform>%n ligne en %1</numerusform>
            <numerusform>%n lignes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange rate for: %1. These lines are left out of every total until a rate valid on their date is entered.</source>
        <translation>Aucun taux de change pour : %1. Ces lignes sont exclues de tous les totaux tant qu’aucun taux en vigueur à leur date n’est saisi.</translation>
    </message>
    <message>
        <source>Delete Exchange Rate</source>
        <translation>Supprimer le taux de change</translation>
    </message>
    <message>
        <source>Delete the %1 rate valid from %2? Lines of that period are converted with the previous rate, or left out of the totals if there is none.</source>
        <translation>Supprimer le taux %1 en vigueur à compter du %2 ? Les lignes de cette période seront converties au taux précédent, ou exclues des totaux s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ImportBatchesModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Replaced by a later export</source>
        <translation>Remplacé par un export plus récent</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>import format · provider</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of an import</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>nothing unallocated</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 rows booked; %2 wrong rows were left out</source>
        <translation>%1 lignes comptabilisées ; %2 lignes erronées ont été écartées</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>Imported by %1</source>
        <translation>Importé par %1</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes de coût</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Doublons ignorés</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacées</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>Total (%1)</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ImportDialog</name>
    <message>
        <source>e.g. 2026-11-30</source>
        <translation>p. ex. 2026-11-30</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>project code, e.g. SUP</source>
        <translation>code projet, p. ex. SUP</translation>
    </message>
    <message>
        <source>category key, e.g. inference</source>
        <translation>clé de catégorie, p. ex. inference</translation>
    </message>
    <message>
        <source>e.g. Mistral AI</source>
        <translation>p. ex. Mistral AI</translation>
    </message>
    <message>
        <source>e.g. tokens</source>
        <translation>p. ex. jetons</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Début de période de service</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Fin de période de service</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <source>Use EffectiveCost (amortised)</source>
        <translation>Utiliser EffectiveCost (amorti)</translation>
    </message>
    <message>
        <source>Include tax rows</source>
        <translation>Inclure les lignes de taxes</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>The service end is the last day paid for</source>
        <translation>La fin de la période de service est le dernier jour payé</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Cost File</source>
        <translation>Importer un fichier de coûts</translation>
    </message>
    <message>
        <source>Choose a CSV or JSON cost file</source>
        <translation>Choisissez un fichier de coûts CSV ou JSON</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>FOCUS files: book EffectiveCost (commitments spread over the period they cover) instead of BilledCost (what the invoice says)</source>
        <translation>Fichiers FOCUS : comptabiliser EffectiveCost (réservations et engagements d’achat répartis sur la période qu’ils couvrent) au lieu de BilledCost (le montant facturé)</translation>
    </message>
    <message>
        <source>Billing exports list tax as rows of their own: count them as costs</source>
        <translation>Les exports de facturation présentent les taxes sur des lignes distinctes : les compter comme des coûts</translation>
    </message>
    <message>
        <source>None: the allocation rules, else Unallocated</source>
        <translation>Aucun : règles d’affectation, sinon « Non affecté »</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>project code — name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Rows the file does not place go to project:</source>
        <translation>Projet des lignes qui n’en indiquent pas :</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>Read and check the whole file and show what it would import; nothing is written</source>
        <translation>Lire et vérifier tout le fichier, et montrer ce qui serait importé ; rien n’est enregistré</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>a name to reuse this mapping (saved when importing)</source>
        <translation>un nom pour réutiliser cette correspondance (enregistrée lors de l’import)</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Correspondance :</translation>
    </message>
    <message>
        <source>Save mapping as:</source>
        <translation>Enregistrer la correspondance sous :</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Or one value for every row</source>
        <translation>Ou une valeur pour toutes les lignes</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a mapped field</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Comma: 1 234,56</source>
        <translation>Virgule : 1 234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Point : 1,234.56</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Jour/mois/année</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Mois/jour/année</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Année-mois-jour</translation>
    </message>
    <message>
        <source>Checked: "1 Nov – 30 Nov" pays for November. Unchecked: the end is the first day no longer paid for ("1 Nov – 1 Dec").</source>
        <translation>Cochée : « 1er nov. – 30 nov. » couvre novembre. Décochée : la fin est le premier jour qui n’est plus payé (« 1er nov. – 1er déc. »).</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Décimales :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Nouvelle correspondance</translation>
    </message>
    <message>
        <source>Cost files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers de coûts (*.csv *.json);;Fichiers CSV (*.csv);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— aucune colonne —</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (absente de ce fichier)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>file column → cost-line field</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Every date of this file reads both as day/month and as month/day (03/04/2026 is 3 April or March 4): choose the date order.</source>
        <translation>Chaque date de ce fichier peut se lire jour/mois comme mois/jour (03/04/2026 est le 3 avril ou le 4 mars) : choisissez l’ordre des dates.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Reconnu : %1.</translation>
    </message>
    <message>
        <source>a CSV file of its own shape: map its columns below</source>
        <translation>un fichier CSV au format libre : associez ses colonnes ci-dessous</translation>
    </message>
    <message>
        <source>Recognised: %1 (%2, separated by %3).</source>
        <translation>Reconnu : %1 (%2, séparateur : %3).</translation>
    </message>
    <message>
        <source>A JSON file has no table to preview.

Check reads the whole file and shows what it would book, per project and category, without writing anything; Import books it.</source>
        <translation>Un fichier JSON n’a pas de tableau à prévisualiser.

« Vérifier » lit tout le fichier et montre ce qui serait comptabilisé, par projet et par catégorie, sans rien enregistrer ; « Importer » le comptabilise.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 n’a pas pu être importé : %2</translation>
    </message>
    <message>
        <source>The rows had all been read when you cancelled, and the import was completed. Undo it on the Imports page if you do not want it.</source>
        <translation>Toutes les lignes avaient été lues au moment de l’annulation, et l’import a été mené à son terme. Annulez-le sur la page Imports si vous n’en voulez pas.</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>La correspondance n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 as import #%3; importing it again replaces or skips its rows, never doubles them. Import again?</source>
        <translation>%1 a déjà été importé le %2 (import n° %3) ; l’importer de nouveau remplace ou ignore ses lignes, sans jamais les dédoubler. Importer de nouveau ?</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L’import a été annulé : rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ImportReportDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Lignes de coût</translation>
    </message>
    <message>
        <source>Import Report — %1</source>
        <translation>Rapport d’import — %1</translation>
    </message>
    <message>
        <source>Totals by project and category</source>
        <translation>Totaux par projet et par catégorie</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file, to fix the rows at their source</source>
        <translation>Enregistrer les problèmes dans un fichier CSV, pour corriger les lignes à la source</translation>
    </message>
    <message>
        <source>Import the &amp;Valid Rows Only</source>
        <translation>Importer seulement les lignes &amp;valides</translation>
    </message>
    <message>
        <source>Nothing new: every row of this file was already imported.</source>
        <translation>Rien de nouveau : toutes les lignes de ce fichier ont déjà été importées.</translation>
    </message>
    <message>
        <source>Imported as import #%1: %2 rows booked as %3 cost lines.</source>
        <translation>Importé (import n° %1) : %2 lignes comptabilisées en %3 lignes de coût.</translation>
    </message>
    <message>
        <source>Checked, nothing written: %1 rows can be imported, %2 rows are wrong.</source>
        <translation>Vérifié, rien n’a été enregistré : %1 lignes peuvent être importées, %2 lignes sont erronées.</translation>
    </message>
    <message>
        <source>Checked, nothing written: all %1 rows can be imported.</source>
        <translation>Vérifié, rien n’a été enregistré : les %1 lignes peuvent toutes être importées.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are wrong. Fix them in the file, or import the %2 valid rows only.</source>
        <translation>Rien n’a été importé : %1 lignes sont erronées. Corrigez-les dans le fichier, ou importez seulement les %2 lignes valides.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as a cost file.</source>
        <translation>Rien n’a été importé : le fichier ne peut pas être lu comme un fichier de coûts.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>import format · provider</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues :</translation>
    </message>
    <message>
        <source>Rows booked:</source>
        <translation>Lignes comptabilisées :</translation>
    </message>
    <message>
        <source>Rows that can be booked:</source>
        <translation>Lignes comptabilisables :</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <source>Tax rows left out:</source>
        <translation>Lignes de taxes écartées :</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Doublons ignorés :</translation>
    </message>
    <message>
        <source>Rows of earlier imports replaced:</source>
        <translation>Lignes d’imports antérieurs remplacées :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of an import</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>Of which unallocated:</source>
        <translation>Dont non affecté :</translation>
    </message>
    <message>
        <source>The same file was imported on %1 as import #%2: its rows were replaced or skipped, never doubled.</source>
        <translation>Le même fichier a été importé le %1 (import n° %2) : ses lignes ont été remplacées ou ignorées, jamais dédoublées.</translation>
    </message>
    <message>
        <source>… and %1 more problems, not listed</source>
        <translation>… et %1 autres problèmes, non listés</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemes</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d’import</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ImportsPage</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l’import…</translation>
    </message>
    <message>
        <source>Every imported file, newest first. Importing a newer export of the same account and period replaces the rows of the older one; undoing an import removes its cost lines.</source>
        <translation>Tous les fichiers importés, du plus récent au plus ancien. Importer un export plus récent du même compte et de la même période remplace les lignes de l’ancien ; annuler un import supprime ses lignes de coût.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;No file imported yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import the cost exports of your providers instead of typing their invoices:&lt;/p&gt;&lt;p&gt;a CSV file of any shape, with a column mapping you save and reuse;&lt;br&gt;a FOCUS billing export (FinOps Open Cost and Usage Specification);&lt;br&gt;OpenAI costs and Anthropic cost reports (JSON from their admin APIs);&lt;br&gt;Azure cost details, AWS Cost and Usage Reports 2.0 and Google Cloud billing exports.&lt;/p&gt;&lt;p&gt;Rows that name no project go to the project your allocation rules give them, or to &lt;i&gt;Unallocated&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Aucun fichier importé pour l’instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importez les exports de coûts de vos fournisseurs au lieu de saisir leurs factures :&lt;/p&gt;&lt;p&gt;un fichier CSV de n’importe quelle forme, avec une correspondance des colonnes que vous enregistrez et réutilisez ;&lt;br&gt;un export de facturation FOCUS (FinOps Open Cost and Usage Specification) ;&lt;br&gt;les coûts OpenAI et les rapports de coûts Anthropic (JSON issu de leurs API d’administration) ;&lt;br&gt;les détails des coûts Azure, les AWS Cost and Usage Reports 2.0 et les exports de facturation Google Cloud.&lt;/p&gt;&lt;p&gt;Les lignes qui ne désignent aucun projet vont au projet que leur attribuent vos règles d’affectation, ou dans &lt;i&gt;Non affecté&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Allocation Rules…</source>
        <translation>&amp;Règles d’affectation…</translation>
    </message>
    <message>
        <source>Remove the cost lines of the selected import and bring back the rows it replaced</source>
        <translation>Supprimer les lignes de coût de l’import sélectionné et rétablir les lignes qu’il avait remplacées</translation>
    </message>
    <message>
        <source>Undo the import of %1 (import #%2, %3)?</source>
        <translation>Annuler l’import de %1 (import n° %2, %3) ?</translation>
    </message>
    <message>
        <source>Its %1 rows, %2 in all, are removed from the cost lines.</source>
        <translation>Ses %1 lignes, %2 au total, seront retirées des lignes de coût.</translation>
    </message>
    <message>
        <source>The %1 rows of earlier imports it replaced count again.</source>
        <translation>Les %1 lignes d’imports antérieurs qu’il avait remplacées seront de nouveau prises en compte.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Annulation de l’import de %1…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>L’import n’a pas pu être annulé : %1</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
</context>
<context>
    <name>costboard::ui::KpiDialog</name>
    <message>
        <source>Edit KPI</source>
        <translation>Modifier l'indicateur</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Cost per ticket, adoption, hours saved…</source>
        <translation>Coût par ticket, adoption, heures gagnées…</translation>
    </message>
    <message>
        <source>€/ticket, %, h</source>
        <translation>€/ticket, %, h</translation>
    </message>
    <message>
        <source>at least the target (higher is better)</source>
        <translation>au moins la cible (plus c'est haut, mieux c'est)</translation>
    </message>
    <message>
        <source>at most the target (lower is better)</source>
        <translation>au plus la cible (plus c'est bas, mieux c'est)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per ISO week</source>
        <translation>par semaine ISO</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Mesuré :</translation>
    </message>
    <message>
        <source>&amp;On target when:</source>
        <translation>&amp;Dans la cible si :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Create a project first.</source>
        <translation>Créez d'abord un projet.</translation>
    </message>
    <message>
        <source>Name the KPI.</source>
        <translation>Nommez l'indicateur.</translation>
    </message>
    <message>
        <source>Type the target as a number, with at most three decimals.</source>
        <translation>Saisissez la cible sous forme de nombre, avec au plus trois décimales.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::KpiTile</name>
    <message>
        <source>Copy the figure</source>
        <translation>Copier le chiffre</translation>
    </message>
</context>
<context>
    <name>costboard::ui::KpiValuesDialog</name>
    <message>
        <source>Values of “%1”</source>
        <translation>Valeurs de « %1 »</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Actual (%1)</source>
        <translation>Réel (%1)</translation>
    </message>
    <message>
        <source>Own target (default %1)</source>
        <translation>Cible propre (par défaut %1)</translation>
    </message>
    <message>
        <source>%1: on target at %2. Leave an actual empty for a period not measured.</source>
        <translation>%1 : dans la cible à %2. Laissez vide le réel d'une période non mesurée.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with at most three decimals.</source>
        <translation>%1 : « %2 » n'est pas un nombre d'au plus trois décimales.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::KpisModel</name>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>hors cible</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>dans la cible</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>costboard::ui::MainWindow</name>
    <message>
        <source>CostBoard — %1</source>
        <translation>CostBoard — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CostBoard</source>
        <translation>À &amp;propos de CostBoard</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Cost lines: %1</source>
        <translation>Lignes de coût : %1</translation>
    </message>
    <message>
        <source>Open CostBoard Database</source>
        <translation>Ouvrir une base de données CostBoard</translation>
    </message>
    <message>
        <source>CostBoard databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données CostBoard (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Critical cost alert</source>
        <translation>Alerte de coût critique</translation>
    </message>
    <message>
        <source>Cost alert</source>
        <translation>Alerte de coût</translation>
    </message>
    <message numerus="yes">
        <source>%n new cost alert(s)</source>
        <translation>
            <numerusform>%n nouvelle alerte de coût</numerusform>
            <numerusform>%n nouvelles alertes de coût</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>navigation item and its unread count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s)</source>
        <translation>
            <numerusform>%n alerte non lue</numerusform>
            <numerusform>%n alertes non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exporter vers &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Weekly Report…</source>
        <translation>Exporter le rapport &amp;hebdomadaire…</translation>
    </message>
    <message>
        <source>&amp;Print Weekly Report…</source>
        <translation>&amp;Imprimer le rapport hebdomadaire…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in this database: its figures may be wrong</source>
        <translation>
            <numerusform>⚠ %n problème dans cette base : ses chiffres peuvent être faux</numerusform>
            <numerusform>⚠ %n problèmes dans cette base : ses chiffres peuvent être faux</numerusform>
        </translation>
    </message>
    <message>
        <source>Run "costboard check --db %1 --repair" to check it all and rebuild its totals.</source>
        <translation>Lancez « costboard check --db %1 --repair » pour tout vérifier et reconstruire ses totaux.</translation>
    </message>
    <message>
        <source>Server: %1 · role: %2</source>
        <translation>Serveur : %1 · rôle : %2</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
</context>
<context>
    <name>costboard::ui::MilestoneDialog</name>
    <message>
        <source>Reached on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation>Modifier le jalon</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>What is decided or delivered then</source>
        <translation>Ce qui est décidé ou livré à cette date</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Jalon :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::MilestonesModel</name>
    <message>
        <source>done on %1</source>
        <translation>atteint le %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>costboard::ui::MoversPanel</name>
    <message>
        <source>Largest movers vs last week</source>
        <translation>Plus fortes variations sur une semaine</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune variation.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::NewDatabaseDialog</name>
    <message>
        <source>New CostBoard Database</source>
        <translation>Nouvelle base de données CostBoard</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Everyone who opens this database shares these settings. Every amount is converted to the reporting currency, and budgets are entered in it.</source>
        <translation>Tous ceux qui ouvrent cette base partagent ces réglages. Chaque montant est converti dans la devise de reporting, et les budgets sont saisis dans cette devise.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>Devise de reporting :</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Début de l’exercice :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>CostBoard databases (*.sqlite *.db)</source>
        <translation>Bases de données CostBoard (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>Choisissez où enregistrer le fichier de la base.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name, or open that file as an existing database.</source>
        <translation>Un fichier existe déjà à l’emplacement %1. Choisissez un autre nom, ou ouvrez ce fichier comme base existante.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::OwnershipPanel</name>
    <message>
        <source>On own GPUs (the Own GPUs tab)</source>
        <translation>Sur GPU propres (onglet GPU propres)</translation>
    </message>
    <message>
        <source>With the fine-tuning</source>
        <translation>Avec le réglage fin</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Days to build</source>
        <translation>Jours de construction</translation>
    </message>
    <message>
        <source>Days a month</source>
        <translation>Jours par mois</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Taux journalier</translation>
    </message>
    <message>
        <source>The days of each role to build the project (in its first month) and to run it every month after, at the role's daily rate in the reporting currency.</source>
        <translation>Les jours de chaque rôle pour construire le projet (son premier mois) puis le faire vivre chaque mois suivant, au taux journalier du rôle, dans la devise de restitution.</translation>
    </message>
    <message>
        <source>Prompt engineer</source>
        <translation>Ingénieur prompts</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>Data scientist</translation>
    </message>
    <message>
        <source>Business expert (reviews)</source>
        <translation>Expert métier (relectures)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Staff trained:</source>
        <translation>Personnes formées :</translation>
    </message>
    <message>
        <source>People (prompt engineering, data, business review):</source>
        <translation>Équipes (ingénierie de prompts, données, relecture métier) :</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>%1: type whole days and the daily rate as an amount.</source>
        <translation>%1 : saisissez des jours entiers et le taux journalier comme un montant.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>Type the training per head as an amount.</source>
        <translation>Saisissez la formation par personne comme un montant.</translation>
    </message>
    <message>
        <source>Price a model on the Inference tab first.</source>
        <translation>Valorisez d’abord un modèle dans l’onglet Inférence.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Save as a Project's Estimate…</source>
        <translation>&amp;Enregistrer comme estimation d’un projet…</translation>
    </message>
    <message>
        <source>Keep these 36 months as a project's estimate, to compare with its actuals later (undoable)</source>
        <translation>Garder ces 36 mois comme estimation d’un projet, pour les comparer plus tard au réel (annulable)</translation>
    </message>
    <message>
        <source>%1: %2 requests a day of %3 tokens read and %4 generated, %5 a month</source>
        <translation>%1 : %2 requêtes par jour de %3 jetons lus et %4 générés, %5 par mois</translation>
    </message>
    <message>
        <source>on own GPUs (%1)</source>
        <translation>sur GPU propres (%1)</translation>
    </message>
    <message>
        <source>fine-tuning of %1</source>
        <translation>réglage fin de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s): %1 person-days to build, %2 a month</source>
        <translation>
            <numerusform>%n rôle : %1 jours-personne de construction, %2 par mois</numerusform>
            <numerusform>%n rôles : %1 jours-personne de construction, %2 par mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff trained</source>
        <translation>
            <numerusform>%n personne formée</numerusform>
            <numerusform>%n personnes formées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::PlanSessionsDialog</name>
    <message>
        <source>Plan Sessions</source>
        <translation>Planifier les séances</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source>The committee meets on:</source>
        <translation>Le comité se réunit le :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Toutes les :</translation>
    </message>
    <message>
        <source>Plan its sessions &amp;until:</source>
        <translation>Planifier ses séances &amp;jusqu'au :</translation>
    </message>
    <message>
        <source>Sessions already planned stay as they are; the new ones follow the last.</source>
        <translation>Les séances déjà planifiées restent telles quelles ; les nouvelles suivent la dernière.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PostSalariesDialog</name>
    <message>
        <source>Post Salaries</source>
        <translation>Passer les salaires</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Writes the Salaries cost lines of these months from the roster as it is now: each person's monthly cost split over their projects. The lines the roster posted for these months before are replaced.</source>
        <translation>Écrit les lignes de coût Salaires de ces mois à partir des effectifs actuels : le coût mensuel de chaque personne réparti entre ses projets. Les lignes déjà passées pour ces mois sont remplacées.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue sera modifiée au prochain démarrage.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Pour tous les utilisateurs de cette base de données</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>Devise de reporting :</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Début de l’exercice :</translation>
    </message>
    <message>
        <source>Company name (on the weekly report):</source>
        <translation>Nom de l’organisation (sur le rapport hebdomadaire) :</translation>
    </message>
    <message>
        <source>Recorded in the audit log beside each change you make</source>
        <translation>Inscrit au journal d’audit à côté de chaque modification que vous faites</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PresentationWindow</name>
    <message>
        <source>CostBoard presentation</source>
        <translation>Présentation CostBoard</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>The presentation could not be prepared: %1</source>
        <translation>La présentation n’a pas pu être préparée : %1</translation>
    </message>
    <message numerus="yes">
        <source>advancing every %n s</source>
        <translation>
            <numerusform>défilement toutes les %n s</numerusform>
            <numerusform>défilement toutes les %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::PriceDialog</name>
    <message>
        <source>New Price</source>
        <translation>Nouveau prix</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <source>Where the figure comes from: a URL, a contract, an invoice</source>
        <translation>D’où vient le chiffre : une URL, un contrat, une facture</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Priced:</source>
        <translation>Tarifé :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>En vigueur à partir du :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Type a price of 0 or more, e.g. %1.</source>
        <translation>Saisissez un prix positif ou nul, par ex. %1.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PriceHistoryModel</name>
    <message>
        <source>Shipped</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Priced</source>
        <translation>Tarifé</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PriceListModel</name>
    <message>
        <source>%1, since %2: %3</source>
        <translation>%1, depuis le %2 : %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Other prices</source>
        <translation>Autres prix</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>costboard::ui::PricesPage</name>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>What each model costs, per million tokens or per unit, from the day shown: the catalog CostBoard ships, the price lists you import and the prices you enter. Prices are never overwritten: a new price takes effect from its date, so past usage keeps the price it had. A model without a price is counted apart as price unknown, never as free.</source>
        <translation>Ce que coûte chaque modèle, par million de jetons ou à l’unité, à partir du jour affiché : le catalogue fourni avec CostBoard, les listes de prix que vous importez et les prix que vous saisissez. Un prix n’est jamais écrasé : un nouveau prix prend effet à sa date, et l’usage passé garde le prix qu’il avait. Un modèle sans prix est compté à part comme prix inconnu, jamais comme gratuit.</translation>
    </message>
    <message>
        <source>Tokens per English word</source>
        <translation>Jetons par mot anglais</translation>
    </message>
    <message>
        <source>Tokens per French word</source>
        <translation>Jetons par mot français</translation>
    </message>
    <message>
        <source>&amp;New Price…</source>
        <translation>&amp;Nouveau prix…</translation>
    </message>
    <message>
        <source>&amp;Import Price List…</source>
        <translation>&amp;Importer une liste de prix…</translation>
    </message>
    <message>
        <source>A CostBoard price list, or the JSON model price map LiteLLM publishes (model_prices_and_context_window.json)</source>
        <translation>Une liste de prix CostBoard, ou la table JSON des prix de modèles publiée par LiteLLM (model_prices_and_context_window.json)</translation>
    </message>
    <message>
        <source>In force on:</source>
        <translation>En vigueur le :</translation>
    </message>
    <message>
        <source>Tokens per word, English:</source>
        <translation>Jetons par mot, anglais :</translation>
    </message>
    <message>
        <source>French:</source>
        <translation>Français :</translation>
    </message>
    <message>
        <source>Select a price to see its history.</source>
        <translation>Sélectionnez un prix pour voir son historique.</translation>
    </message>
    <message>
        <source>History of %1 %2, newest first</source>
        <translation>Historique de %1 %2, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>withdrawn on the Prices page</source>
        <translation>retiré dans la page Prix</translation>
    </message>
    <message>
        <source>Import Price List</source>
        <translation>Importer une liste de prix</translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation>Listes de prix (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) added.</source>
        <translation>
            <numerusform>%n prix ajouté.</numerusform>
            <numerusform>%n prix ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) were already in force and are left as they were.</source>
        <translation>
            <numerusform>%n prix était déjà en vigueur et reste tel quel.</numerusform>
            <numerusform>%n prix étaient déjà en vigueur et restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed without a price CostBoard reads (priced per character, pixel or request) stay price unknown.</source>
        <translation>
            <numerusform>%n modèle listé sans prix que CostBoard lit (tarifé au caractère, au pixel ou à la requête) reste à prix inconnu.</numerusform>
            <numerusform>%n modèles listés sans prix que CostBoard lit (tarifés au caractère, au pixel ou à la requête) restent à prix inconnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens per Word</source>
        <translation>Jetons par mot</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Withdraw Model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>From %1 on, %2 %3 has no price: its usage is counted as price unknown until a new price is entered. Its price history is kept.</source>
        <translation>À partir du %1, %2 %3 n’a plus de prix : son usage est compté comme prix inconnu jusqu’à la saisie d’un nouveau prix. Son historique des prix est conservé.</translation>
    </message>
    <message>
        <source>Filter by provider or model</source>
        <comment>kept short: the field shares its row</comment>
        <translation>Filtrer les modèles</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectDialog</name>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit Project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
    <message>
        <source>Required, e.g. SUP-CHAT</source>
        <translation>Obligatoire, p. ex. SUP-CHAT</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>S&amp;ponsor :</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Unité métier :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Decision &amp;level:</source>
        <translation>Niveau de déc&amp;ision :</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>Leave unchecked while the project is open-ended</source>
        <translation>Laissez décoché tant que le projet n’a pas de date de fin</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Enter a code: a short handle used in files and reports.</source>
        <translation>Saisissez un code : un identifiant court utilisé dans les fichiers et les rapports.</translation>
    </message>
    <message>
        <source>Use 1 to %1 letters, digits, “-” or “_”, starting with a letter or a digit.</source>
        <translation>Utilisez de 1 à %1 lettres, chiffres, « - » ou « _ », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Code %1 is already used by “%2”.</source>
        <translation>Le code %1 est déjà utilisé par « %2 ».</translation>
    </message>
    <message>
        <source>Enter the project's name.</source>
        <translation>Saisissez le nom du projet.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>La description compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The end date is before the start date (%1).</source>
        <translation>La date de fin précède la date de début (%1).</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>Projet non enregistré</translation>
    </message>
    <message>
        <source>Optional, singular: ticket, document, user</source>
        <translation>Facultatif, au singulier : ticket, document, utilisateur</translation>
    </message>
    <message>
        <source>What the project's work is counted in. Its cost per unit is the week's cost over the volume entered on the Unit costs page.</source>
        <translation>Ce en quoi se compte le travail du projet. Son coût par unité est le coût de la semaine rapporté au volume saisi sur la page Coûts unitaires.</translation>
    </message>
    <message>
        <source>Bench&amp;mark unit:</source>
        <translation>Unité d'œu&amp;vre :</translation>
    </message>
    <message>
        <source>Used by c&amp;ustomers, not only staff</source>
        <translation>Utilisé par les c&amp;lients, pas seulement en interne</translation>
    </message>
    <message>
        <source>&amp;Infrastructure only: a platform the other projects run on</source>
        <translation>&amp;Infrastructure seule : une plateforme dont se servent les autres projets</translation>
    </message>
    <message>
        <source>Read by the committee's routing rules, which propose who decides for the project</source>
        <translation>Lu par les règles d’orientation du comité, qui proposent qui décide pour le projet</translation>
    </message>
    <message>
        <source>D&amp;ata handled:</source>
        <translation>Do&amp;nnées traitées :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsModel</name>
    <message>
        <source>—</source>
        <comment>no budget</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no budget, so no share consumed</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>Niveau de décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>Dépenses à date</translation>
    </message>
    <message>
        <source>% consumed</source>
        <translation>% consommé</translation>
    </message>
    <message>
        <source>No budget for %1</source>
        <translation>Aucun budget (%1)</translation>
    </message>
    <message>
        <source>%1 spent of the %3 budget of %2</source>
        <translation>%1 dépensés sur le budget de %2 (%3)</translation>
    </message>
    <message>
        <source>Expected by the end of %1; budget %2</source>
        <translation>Attendu en fin de période (%1) ; budget %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Budget of %1, in %2</source>
        <translation>Budget (%1), en %2</translation>
    </message>
    <message>
        <source>Spend from the start of %1 to %2, in %3</source>
        <translation>Dépenses du début de la période (%1) au %2, en %3</translation>
    </message>
    <message>
        <source>Spend expected over %1, as forecast on the dashboard</source>
        <translation>Dépenses attendues sur toute la période (%1), selon la prévision du tableau de bord</translation>
    </message>
    <message>
        <source>Spend to date as a share of the %1 budget. Amber from %2 % of the budget to date or a forecast above the budget, red above %3 % or a forecast above %4 %: the dashboard's rule.</source>
        <translation>Dépenses à date en part du budget (%1). Orange à partir de %2 % du budget à date ou si la prévision dépasse le budget, rouge au-delà de %3 % ou si la prévision dépasse %4 % : même règle que le tableau de bord.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no budget, so nothing remains of it</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 over the %2 budget of %3</source>
        <translation>%1 au-delà du budget de %3 (%2)</translation>
    </message>
    <message>
        <source>%1 of the %2 budget of %3 left to spend</source>
        <translation>%1 restant à dépenser sur le budget de %3 (%2)</translation>
    </message>
    <message>
        <source>Spend of projects without a budget (%1) is not taken from it.</source>
        <translation>Les dépenses des projets sans budget (%1) n’en sont pas déduites.</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>The %1 budget minus the spend to date: negative once the budget is overspent</source>
        <translation>Le budget (%1) moins les dépenses à date : négatif une fois le budget dépassé</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les projets &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Search code, name or owner</source>
        <translation>Rechercher un code, un nom ou un responsable</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click it)</source>
        <translation>Modifier le projet sélectionné (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Archived projects keep their costs but leave the lists and the dashboard's choices</source>
        <translation>Les projets archivés conservent leurs coûts mais disparaissent des listes et des choix du tableau de bord</translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Aucun projet pour l’instant</translation>
    </message>
    <message>
        <source>A project gathers the costs and budgets of one Generative-AI initiative. Create the first one, or try CostBoard with a demo portfolio: costboard demo --db FILE</source>
        <translation>Un projet regroupe les coûts et les budgets d’une initiative d’IA générative. Créez le premier, ou essayez CostBoard avec un portefeuille de démonstration : costboard demo --db FILE</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>Les projets n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projets : %1</translation>
    </message>
    <message>
        <source>Projects: %1 of %2</source>
        <translation>Projets : %1 sur %2</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Project Not Unarchived</source>
        <translation>Projet non désarchivé</translation>
    </message>
    <message>
        <source>Project Not Archived</source>
        <translation>Projet non archivé</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Budget, spend to date, what remains, forecast and % consumed of %1 (%2 to %3), spend up to %4, in %5; the last row adds up the projects shown.</source>
        <translation>Budget, dépenses à date, reste, prévision et % consommé : %1 (du %2 au %3), dépenses jusqu’au %4, en %5 ; la dernière ligne additionne les projets affichés.</translation>
    </message>
    <message>
        <source>Estimate against Ac&amp;tual…</source>
        <translation>Es&amp;timation face au réel…</translation>
    </message>
    <message>
        <source>The selected project's saved estimates against its actuals, month by month</source>
        <translation>Les estimations enregistrées du projet sélectionné face à son réel, mois par mois</translation>
    </message>
    <message>
        <source>Every decision level</source>
        <translation>Tous niveaux de décision</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsTotalModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <translation>
            <numerusform>%n projet affiché</numerusform>
            <numerusform>%n projets affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>The projects the filters show, added up; the health colours judge the sums by the dashboard's rule</source>
        <translation>Les projets affichés par les filtres, additionnés ; les couleurs de santé jugent les totaux selon la règle du tableau de bord</translation>
    </message>
</context>
<context>
    <name>costboard::ui::RoutingDecisionDialog</name>
    <message>
        <source>Who Decides for %1</source>
        <translation>Qui décide pour %1</translation>
    </message>
    <message>
        <source>Decides now: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The rules propose: &lt;b&gt;%2&lt;/b&gt; — %3</source>
        <translation>Décide aujourd’hui : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Les règles proposent : &lt;b&gt;%2&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <source>Required: why the committee decides so. Kept in the decision log.</source>
        <translation>Obligatoire : pourquoi le comité en décide ainsi. Conservé au registre des décisions.</translation>
    </message>
    <message>
        <source>&amp;Decides:</source>
        <translation>&amp;Décide :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Décidé &amp;le :</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Override proposal</source>
        <translation>Écarter la proposition</translation>
    </message>
</context>
<context>
    <name>costboard::ui::RoutingReviewModel</name>
    <message>
        <source>No routing rule yet</source>
        <translation>Aucune règle d’orientation</translation>
    </message>
    <message>
        <source>%1 — overridden on %2</source>
        <translation>%1 — écartée le %2</translation>
    </message>
    <message>
        <source>The rules propose another level: accept or override it with a reason</source>
        <translation>Les règles proposent un autre niveau : acceptez-le ou écartez-le avec un motif</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget (year)</source>
        <translation>Budget (exercice)</translation>
    </message>
    <message>
        <source>Decides now</source>
        <translation>Décide aujourd’hui</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>costboard::ui::RoutingRulesDialog</name>
    <message>
        <source>Budget of the year at &amp;least</source>
        <translation>Budget de l’exercice d’&amp;au moins</translation>
    </message>
    <message>
        <source>Budget of the year &amp;below</source>
        <translation>Budget de l’exercice &amp;inférieur à</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Do&amp;nnées</translation>
    </message>
    <message>
        <source>&amp;Used by</source>
        <translation>&amp;Utilisé par</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Score on</source>
        <translation>Note &amp;sur</translation>
    </message>
    <message>
        <source>Rule &amp;enabled</source>
        <translation>Règle &amp;active</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Routing Rules</source>
        <translation>Règles d’orientation</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>confidential, personal or health</source>
        <translation>confidentielles, personnelles ou de santé</translation>
    </message>
    <message>
        <source>personal or health</source>
        <translation>personnelles ou de santé</translation>
    </message>
    <message>
        <source>health</source>
        <translation>de santé</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>les clients</translation>
    </message>
    <message>
        <source>staff only (internal)</source>
        <translation>le personnel seulement (interne)</translation>
    </message>
    <message>
        <source>infrastructure only</source>
        <translation>infrastructure seule</translation>
    </message>
    <message>
        <source>a business use</source>
        <translation>un usage métier</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>au moins </translation>
    </message>
    <message>
        <source>When every condition ticked holds:</source>
        <translation>Quand toutes les conditions cochées sont remplies :</translation>
    </message>
    <message>
        <source>&amp;Propose:</source>
        <translation>&amp;Proposer :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>The first rule that matches a project proposes its level; when none does, the committee keeps it.</source>
        <translation>La première règle qui correspond à un projet propose son niveau ; quand aucune ne correspond, le comité le garde.</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(aucune condition)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>« %1 » n’est pas un montant en %2.</translation>
    </message>
    <message>
        <source>Tick at least one condition.</source>
        <translation>Cochez au moins une condition.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::RoutingRulesModel</name>
    <message>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Proposes</source>
        <translation>Propose</translation>
    </message>
</context>
<context>
    <name>costboard::ui::SaveEstimateDialog</name>
    <message>
        <source>Save the Estimate</source>
        <translation>Enregistrer l’estimation</translation>
    </message>
    <message>
        <source>The 36 months are kept as they are, by cost category, to be compared with the project's actuals (Projects page, Estimate against actual). Saving again under the same name keeps this one and adds the next version.</source>
        <translation>Les 36 mois sont gardés tels quels, par catégorie de coût, pour être comparés au réel du projet (page Projets, Estimation face au réel). Enregistrer à nouveau sous le même nom garde celle-ci et ajoute la version suivante.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>First month:</source>
        <translation>Premier mois :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ScoreProjectDialog</name>
    <message>
        <source>Score %1</source>
        <translation>Noter %1</translation>
    </message>
    <message>
        <source>0 is the lowest, 5 the highest. Scores already given stay in the project's history; the newest counts.</source>
        <translation>0 est la note la plus basse, 5 la plus haute. Les notes déjà données restent dans l’historique du projet ; la plus récente compte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Critère&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commentaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Evaluated &amp;on:</source>
        <translation>Évalué &amp;le :</translation>
    </message>
    <message>
        <source>Record evaluation</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
</context>
<context>
    <name>costboard::ui::SelfHostingPanel</name>
    <message>
        <source>Tokens read and generated a second by one instance at full load with the open model: measure it with your model and serving software.</source>
        <translation>Jetons lus et générés par seconde par une instance à pleine charge avec le modèle ouvert : mesurez-le avec votre modèle et votre logiciel de service.</translation>
    </message>
    <message>
        <source>The share of an instance's hours spent serving: traffic has peaks and nights.</source>
        <translation>La part des heures d’une instance passée à servir : le trafic a des pics et des nuits.</translation>
    </message>
    <message>
        <source>What private hosting of sensitive data adds to the GPU price: health data on a certified host (HDS), a dedicated server, a sovereign cloud.</source>
        <translation>Ce que l’hébergement privé de données sensibles ajoute au prix des GPU : données de santé chez un hébergeur certifié (HDS), serveur dédié, cloud souverain.</translation>
    </message>
    <message>
        <source>An open model on rented GPU instances, paid by the hour whatever they serve, against an API model paid by the request, for the workload of the Inference tab.</source>
        <translation>Un modèle ouvert sur des instances GPU louées, payées à l’heure quoi qu’elles servent, face à un modèle d’API payé à la requête, pour la charge de l’onglet Inférence.</translation>
    </message>
    <message>
        <source>Against the API of:</source>
        <translation>Face à l’API de :</translation>
    </message>
    <message>
        <source>GPU instance:</source>
        <translation>Instance GPU :</translation>
    </message>
    <message>
        <source>Instances at least:</source>
        <translation>Instances au minimum :</translation>
    </message>
    <message>
        <source>Tokens a second each:</source>
        <translation>Jetons par seconde chacune :</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Taux d’utilisation :</translation>
    </message>
    <message>
        <source>Storage a month:</source>
        <translation>Stockage par mois :</translation>
    </message>
    <message>
        <source>Private hosting premium:</source>
        <translation>Surcoût d’hébergement privé :</translation>
    </message>
    <message>
        <source>Type the storage as an amount, or leave it empty.</source>
        <translation>Saisissez le stockage comme un montant, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>Price a model on the Inference tab, and give a GPU instance a GPU-hour price on the Prices page.</source>
        <translation>Valorisez un modèle dans l’onglet Inférence, et donnez un prix à l’heure à une instance GPU dans la page Prix.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 requests a month: the API costs &lt;b&gt;%2&lt;/b&gt; a month, own GPUs &lt;b&gt;%3&lt;/b&gt; (%n instance(s) of %4 each, storage included).</source>
        <translation>
            <numerusform>À %1 requêtes par mois : l’API coûte &lt;b&gt;%2&lt;/b&gt; par mois, les GPU propres &lt;b&gt;%3&lt;/b&gt; (%n instance à %4, stockage compris).</numerusform>
            <numerusform>À %1 requêtes par mois : l’API coûte &lt;b&gt;%2&lt;/b&gt; par mois, les GPU propres &lt;b&gt;%3&lt;/b&gt; (%n instances à %4 chacune, stockage compris).</numerusform>
        </translation>
    </message>
    <message>
        <source>Own GPUs cost no more than the API from &lt;b&gt;%1 requests a month&lt;/b&gt; (%2 a day).</source>
        <translation>Les GPU propres ne coûtent pas plus que l’API à partir de &lt;b&gt;%1 requêtes par mois&lt;/b&gt; (%2 par jour).</translation>
    </message>
    <message>
        <source>The API stays cheaper up to %1 requests a month.</source>
        <translation>L’API reste moins chère jusqu’à %1 requêtes par mois.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::ServerConnectionDialog</name>
    <message>
        <source>Off (never encrypted)</source>
        <translation>Désactivé (jamais chiffré)</translation>
    </message>
    <message>
        <source>Allow (encrypted if the server insists)</source>
        <translation>Autoriser (chiffré si le serveur l’exige)</translation>
    </message>
    <message>
        <source>Prefer (encrypted when the server can)</source>
        <translation>Préférer (chiffré quand le serveur le peut)</translation>
    </message>
    <message>
        <source>Require (always encrypted)</source>
        <translation>Exiger (toujours chiffré)</translation>
    </message>
    <message>
        <source>Verify CA (encrypted, the certificate checked)</source>
        <translation>Vérifier l’AC (chiffré, certificat vérifié)</translation>
    </message>
    <message>
        <source>Verify full (encrypted, certificate and host name checked)</source>
        <translation>Vérification complète (chiffré, certificat et nom d’hôte vérifiés)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to a CostBoard Server</source>
        <translation>Se connecter à un serveur CostBoard</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.exemple.fr, ou un dossier de socket tel que /run/postgresql</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the service file</source>
        <translation>vide : ~/.pgpass ou le fichier de service</translation>
    </message>
    <message>
        <source>A team shares one CostBoard database on a PostgreSQL server. What you may change is the role the server gives your user: viewer, controller or admin.</source>
        <translation>Une équipe partage une base CostBoard sur un serveur PostgreSQL. Ce que vous pouvez modifier dépend du rôle que le serveur donne à votre utilisateur : lecteur, contrôleur ou administrateur.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Renseignez l’hôte, la base de données et l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::SessionDecisionDialog</name>
    <message>
        <source>Budget to extend</source>
        <translation>Budget à augmenter</translation>
    </message>
    <message>
        <source>Record a Decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>What the committee decided, and why</source>
        <translation>Ce que le comité a décidé, et pourquoi</translation>
    </message>
    <message>
        <source>Who carries it out</source>
        <translation>Qui la met en œuvre</translation>
    </message>
    <message>
        <source>New amount in %1</source>
        <translation>Nouveau montant en %1</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <source>&amp;New amount:</source>
        <translation>&amp;Nouveau montant :</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>no budget yet: the decision creates it</source>
        <translation>pas encore de budget : la décision le crée</translation>
    </message>
    <message>
        <source>Create a project first.</source>
        <translation>Créez d'abord un projet.</translation>
    </message>
    <message>
        <source>Say what the committee decided and why.</source>
        <translation>Indiquez ce que le comité a décidé et pourquoi.</translation>
    </message>
    <message>
        <source>Name who carries the decision out.</source>
        <translation>Indiquez qui met la décision en œuvre.</translation>
    </message>
    <message>
        <source>Type the new amount of the budget.</source>
        <translation>Saisissez le nouveau montant du budget.</translation>
    </message>
    <message>
        <source>An extension raises the budget above %1.</source>
        <translation>Une augmentation porte le budget au-dessus de %1.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::SessionsModel</name>
    <message>
        <source>next (not planned yet)</source>
        <translation>prochaine (pas encore planifiée)</translation>
    </message>
    <message>
        <source>next</source>
        <translation>prochaine</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>costboard::ui::TalentTargetsDialog</name>
    <message>
        <source>Target Shape</source>
        <translation>Forme cible</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>A diamond gives the middle levels the largest shares; a pyramid, the juniors.</source>
        <translation>Un losange donne les plus grandes parts aux niveaux intermédiaires ; une pyramide, aux juniors.</translation>
    </message>
    <message>
        <source>%1 %: the shares must add up to 100 %</source>
        <translation>%1 % : les parts doivent totaliser 100 %</translation>
    </message>
</context>
<context>
    <name>costboard::ui::TeamMemberDialog</name>
    <message>
        <source>External (consultant, contractor)</source>
        <translation>Externe (consultant, prestataire)</translation>
    </message>
    <message>
        <source>Leaves after</source>
        <translation>Part après</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Data scientist, MLOps engineer, prompt engineer…</source>
        <translation>Data scientist, ingénieur MLOps, prompt engineer…</translation>
    </message>
    <message>
        <source>Their firm</source>
        <translation>Son cabinet</translation>
    </message>
    <message>
        <source>Loaded cost per month in %1</source>
        <translation>Coût chargé par mois en %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>Part du temps</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>&amp;Cabinet :</translation>
    </message>
    <message>
        <source>Monthly &amp;cost:</source>
        <translation>&amp;Coût mensuel :</translation>
    </message>
    <message>
        <source>On the roster from:</source>
        <translation>Dans les effectifs à partir de :</translation>
    </message>
    <message>
        <source>Share of their time on each project (the rest is work outside the AI portfolio and books nothing):</source>
        <translation>Part de son temps sur chaque projet (le reste est du travail hors du portefeuille IA et n'est pas imputé) :</translation>
    </message>
    <message>
        <source>Name the person.</source>
        <translation>Nommez la personne.</translation>
    </message>
    <message>
        <source>Type what the person costs per month.</source>
        <translation>Saisissez ce que la personne coûte par mois.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %: at most 100 % of a person's time can be given.</source>
        <translation>Les parts totalisent %1 % : 100 % du temps d'une personne au plus peuvent être affectés.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::TrainingPlanDialog</name>
    <message>
        <source>Add Training Plan</source>
        <translation>Ajouter un plan de formation</translation>
    </message>
    <message>
        <source>Prompt engineering for the support team</source>
        <translation>Prompt engineering pour l'équipe support</translation>
    </message>
    <message>
        <source>Per person, in %1</source>
        <translation>Par personne, en %1</translation>
    </message>
    <message>
        <source>The training organisation</source>
        <translation>L'organisme de formation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;People trained:</source>
        <translation>&amp;Personnes formées :</translation>
    </message>
    <message>
        <source>&amp;Cost per person:</source>
        <translation>&amp;Coût par personne :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>Staff training cost:</source>
        <translation>Coût de formation du personnel :</translation>
    </message>
</context>
<context>
    <name>costboard::ui::UnitCostsModel</name>
    <message>
        <source>Model not recorded</source>
        <translation>Modèle non renseigné</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>The cost of a million tokens against the week before</source>
        <translation>Le coût d'un million de jetons comparé à la semaine précédente</translation>
    </message>
    <message>
        <source>The cost of the lines that count their requests, over those requests</source>
        <translation>Le coût des lignes qui comptent leurs requêtes, rapporté à ces requêtes</translation>
    </message>
    <message>
        <source>The period's tokens over its days, times seven</source>
        <translation>Les jetons de la période rapportés à ses jours, multipliés par sept</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Billed by</source>
        <translation>Facturé par</translation>
    </message>
    <message>
        <source>Tokens %1</source>
        <translation>Jetons %1</translation>
    </message>
    <message>
        <source>Per 1M tokens</source>
        <translation>Par million de jetons</translation>
    </message>
    <message>
        <source>vs week before</source>
        <translation>vs semaine précédente</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
    <message>
        <source>Tokens a week, period</source>
        <translation>Jetons par semaine, période</translation>
    </message>
    <message>
        <source>Per 1M tokens, period</source>
        <translation>Par million de jetons, période</translation>
    </message>
    <message>
        <source>Per request, period</source>
        <translation>Par requête, période</translation>
    </message>
</context>
<context>
    <name>costboard::ui::UnitCostsPage</name>
    <message>
        <source>Enter weekly volumes…</source>
        <translation>Saisir les volumes hebdomadaires…</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Par projet</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>Per benchmark unit</source>
        <translation>Par unité d'œuvre</translation>
    </message>
    <message>
        <source>No token usage in this period for this selection. Cost lines counted in tokens (usage imports, or lines with a quantity in tokens) make the unit costs.</source>
        <translation>Aucune consommation de jetons sur cette période pour cette sélection. Les coûts unitaires viennent des lignes de coût comptées en jetons (imports de consommation, ou lignes dont la quantité est en jetons).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) counted in tokens have no exchange rate and are left out.</source>
        <translation>
            <numerusform>%n ligne comptée en jetons n'a pas de taux de change et est laissée de côté.</numerusform>
            <numerusform>%n lignes comptées en jetons n'ont pas de taux de change et sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project counts its work in a benchmark unit yet. Give a project one (a ticket, a document, a user) in its details on the Projects page, then enter its weekly volumes here.</source>
        <translation>Aucun projet ne compte encore son travail en unité d'œuvre. Donnez-en une à un projet (un ticket, un document, un utilisateur) dans sa fiche sur la page Projets, puis saisissez ici ses volumes hebdomadaires.</translation>
    </message>
    <message>
        <source>Each project's whole cost of the week over the volume of its benchmark unit entered for the week. Select a project and enter its weekly volumes.</source>
        <translation>Le coût total de la semaine de chaque projet rapporté au volume de son unité d'œuvre saisi pour la semaine. Sélectionnez un projet et saisissez ses volumes hebdomadaires.</translation>
    </message>
    <message>
        <source>Model not recorded</source>
        <translation>Modèle non renseigné</translation>
    </message>
    <message>
        <source>Unit costs</source>
        <translation>Coûts unitaires</translation>
    </message>
</context>
<context>
    <name>costboard::ui::UnpricedUsageModel</name>
    <message>
        <source>Priced since: import the file again</source>
        <translation>Tarifé depuis : importez à nouveau le fichier</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Priced</source>
        <translation>Tarifé</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Prix aujourd’hui</translation>
    </message>
</context>
<context>
    <name>costboard::ui::UsageComparisonModel</name>
    <message>
        <source>not billed yet</source>
        <translation>pas encore facturé</translation>
    </message>
    <message>
        <source>More than %1 apart: check the prices of that month and whether the usage export is complete.</source>
        <translation>Plus de %1 d’écart : vérifiez les prix de ce mois et que l’export de consommation est complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no exchange rate on their day and are left out</source>
        <translation>
            <numerusform>%n ligne n’a pas de taux de change ce jour-là et est laissée de côté</numerusform>
            <numerusform>%n lignes n’ont pas de taux de change ce jour-là et sont laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Priced usage</source>
        <translation>Consommation valorisée</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Écart en %</translation>
    </message>
    <message>
        <source>Unpriced tokens</source>
        <translation>Jetons sans prix</translation>
    </message>
</context>
<context>
    <name>costboard::ui::UsagePage</name>
    <message>
        <source>No token usage imported yet. Import an OpenAI or Anthropic usage report, or a usage CSV, from File &gt; Import.</source>
        <translation>Aucune consommation de jetons importée. Importez un rapport de consommation OpenAI ou Anthropic, ou un CSV de consommation, depuis Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>Every model in the imported usage has a price.</source>
        <translation>Chaque modèle de la consommation importée a un prix.</translation>
    </message>
    <message>
        <source>Models without a price: their tokens are counted apart and not booked, never at zero. Add their price on the Prices page, then import the usage again.</source>
        <translation>Modèles sans prix : leurs jetons sont comptés à part et non comptabilisés, jamais à zéro. Ajoutez leur prix dans la page Prix, puis importez à nouveau la consommation.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Token usage imported from the providers' usage reports, priced from the model price catalog at each day's price, beside what the provider billed for the same month. A gap of more than %1 is marked: a price that changed, a usage export that misses something, or a charge usage does not count. Until a month's bill is imported, its priced usage is the cost; once it is, the bill is the cost and the usage its check.</source>
        <translation>La consommation de jetons importée des rapports des fournisseurs, valorisée au catalogue des prix au prix de chaque jour, à côté de ce que le fournisseur a facturé pour le même mois. Un écart de plus de %1 est signalé : un prix qui a changé, un export de consommation incomplet, ou une charge que la consommation ne compte pas. Tant que la facture d’un mois n’est pas importée, sa consommation valorisée en est le coût ; ensuite, la facture est le coût et la consommation son contrôle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every bill matches its priced usage within %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chaque facture correspond à sa consommation valorisée à %1 près.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n month(s) where the bill and the priced usage are more than %1 apart.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n mois où la facture et la consommation valorisée s’écartent de plus de %1.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n mois où la facture et la consommation valorisée s’écartent de plus de %1.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::UserGuideDialog</name>
    <message>
        <source>CostBoard User Guide</source>
        <translation>Guide de l’utilisateur de CostBoard</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>costboard::ui::WelcomePage</name>
    <message>
        <source>Welcome to CostBoard</source>
        <translation>Bienvenue dans CostBoard</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to CostBoard&lt;/h1&gt;&lt;p&gt;What your generative-AI projects really cost, week by week, against their budgets.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans CostBoard&lt;/h1&gt;&lt;p&gt;Ce que coûtent vraiment vos projets d’IA générative, semaine par semaine, face à leurs budgets.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Claire Martin</source>
        <translation>par ex. Claire Martin</translation>
    </message>
    <message>
        <source>The audit log records it beside each change you make. Edit ▸ Preferences changes it.</source>
        <translation>Le journal d’audit l’inscrit à côté de chaque modification que vous faites. Édition ▸ Préférences permet de le changer.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Découvrir le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Eight generative-AI projects over 78 weeks, with budgets, alerts and costs in euros and dollars. It is kept apart from your own data.</source>
        <translation>Huit projets d’IA générative sur 78 semaines, avec budgets, alertes et coûts en euros et en dollars. Il reste séparé de vos propres données.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Créer une base vide</translation>
    </message>
    <message>
        <source>Start with your own projects: choose the file, the reporting currency and the month your fiscal year starts in.</source>
        <translation>Commencez avec vos propres projets : choisissez le fichier, la devise de reporting et le mois où commence votre exercice.</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Ouvrir une base existante</translation>
    </message>
    <message>
        <source>A CostBoard database a colleague or an earlier installation made.</source>
        <translation>Une base CostBoard créée par un collègue ou par une installation précédente.</translation>
    </message>
    <message>
        <source>Creating the demo portfolio…</source>
        <translation>Création du portefeuille de démonstration…</translation>
    </message>
    <message>
        <source>The demo portfolio could not be created: %1</source>
        <translation>Le portefeuille de démonstration n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Open CostBoard Database</source>
        <translation>Ouvrir une base de données CostBoard</translation>
    </message>
    <message>
        <source>CostBoard databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données CostBoard (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d’équipe</translation>
    </message>
    <message>
        <source>The CostBoard database your team shares on a PostgreSQL server: what you may change is your role there.</source>
        <translation>La base CostBoard que votre équipe partage sur un serveur PostgreSQL : ce que vous pouvez modifier dépend de votre rôle sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>costboard::ui::Workspace</name>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Your role on this server (%1) reads only; a CostBoard administrator can make you a controller.</source>
        <translation>Votre rôle sur ce serveur (%1) ne permet que la lecture ; un administrateur CostBoard peut vous nommer contrôleur.</translation>
    </message>
    <message>
        <source>Your role on this server (%1) does not change the set-up (projects, rules, prices, the committee); a CostBoard administrator can.</source>
        <translation>Votre rôle sur ce serveur (%1) ne modifie pas le paramétrage (projets, règles, prix, comité) ; un administrateur CostBoard le peut.</translation>
    </message>
</context>
</TS>