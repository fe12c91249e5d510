//! A probe of binding statements that end up in no matrix row (issue 31, matrix recall),
//! written before the engine read it: small documents of our own in six languages.
//! The shapes are those the tuned part's misses showed most often and that any tender
//! has: a passive duty whose agent is the issuer or its officer ("Reports shall be
//! submitted in a format approved by the Agency", "All travel must be authorised by the
//! project officer before booking"), a duty in a lettered paragraph ("C. The tenderer
//! shall send …"), a duty said as an expectation ("Contractors will be expected to
//! …"), and the items of a form or checklist under a binding lead-in, lettered with
//! capitals ("A. Company name"). Beside them, what binds nobody: the issuer's own
//! undertakings ("The Agency will review …"), descriptions and background, the
//! expected timetable, permissions.
//!
//! Each case names the statements that must be rows (mandatory ones), the items of a
//! list that must each be a row of their own, and the fragments that must be in no
//! row. `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{StatementCase as Case, assert_known_misses, statement_case_failures as failures};

const CASES: &[Case] = &[
    // --- English ---
    Case {
        name: "en statement of work: passive duties approved by the Agency, an expectation; the Agency's review",
        text: "=== page 1 ===\nSECTION 4. STATEMENT OF WORK\n\n4.3 Reporting and travel\n\nThe Agency launched its licensing portal in 2017 and serves about 9,000 firms.\nThe Contractor shall deliver a monthly status report covering risks, open issues and spending.\nReports shall be submitted on a template approved by the Agency.\nAll travel must be authorised by the project officer before any booking is made.\nAny change of key staff must be approved by the Contracting Officer in writing.\nInvoices shall be paid by the Agency within 30 days of receipt.\nThe Agency will review each report within ten working days of receipt.\nContractors will be expected to follow the Agency's coding and accessibility standards at all times.\nThe Agency is expected to appoint a new project board in the spring.\nThe Contractor may propose additional reports at no extra cost.\n",
        rows: &[
            "The Contractor shall deliver a monthly status report",
            "Reports shall be submitted on a template approved by the Agency",
            "All travel must be authorised by the project officer",
            "Any change of key staff must be approved by the Contracting Officer",
            "Contractors will be expected to follow the Agency's coding",
        ],
        items: &[],
        not_rows: &[
            "The Agency launched its licensing portal",
            "The Agency will review each report",
            "Invoices shall be paid by the Agency",
            "The Agency is expected to appoint a new project board",
        ],
    },
    Case {
        name: "en lettered paragraphs with duties; a checklist of form fields under a binding lead-in",
        text: "=== page 1 ===\n2. SUBMISSION OF QUOTES\n\n2.1 The tenderer shall fill in the following fields of the online compliance form.\nA. Company name\nB. Registered office address\nC. Name, e-mail and telephone of the contact person\nD. VAT registration number\n\n2.2 As part of the technical offer the tenderers shall observe the following:\n\nA. Upload the prototype to a public code repository that the evaluators can reach.\n\nB. The tenderer shall send the Authority the address of the repository and, where it holds several branches, the tenderer must name the branch that is to be assessed.\n\nC. The agency should provide its certificate of registration with the offer.\n\nD. A paper copy of the offer is no longer required. Write 'none' in the paper copy field of the form.\n\nThe Authority will publish the list of admitted tenderers on its website.\n",
        rows: &[
            "The tenderer shall fill in the following fields",
            "Upload the prototype to a public code repository",
            "The tenderer shall send the Authority the address of the repository",
            "The agency should provide its certificate of registration",
        ],
        items: &[
            "Company name",
            "Registered office address",
            "Name, e-mail and telephone of the contact person",
            "VAT registration number",
        ],
        not_rows: &[
            "The Authority will publish the list of admitted tenderers",
            "A paper copy of the offer is no longer required",
        ],
    },
    // --- French ---
    Case {
        name: "fr CCTP: passives validées par le maître d'ouvrage, une attente; ses engagements",
        text: "=== page 1 ===\nARTICLE 5 - SUIVI DE LA PRESTATION\n\nLe service gère aujourd'hui environ 40 bâtiments répartis sur trois sites.\nLe titulaire remet chaque mois un rapport d'avancement au maître d'ouvrage.\nLes rapports doivent être établis selon un modèle validé par le maître d'ouvrage.\nTout déplacement doit être autorisé au préalable par le maître d'ouvrage.\nLes factures doivent être réglées par le maître d'ouvrage dans un délai de trente jours.\nLe maître d'ouvrage examinera chaque rapport dans un délai de dix jours ouvrés.\nLe titulaire sera tenu de respecter la charte graphique et les normes d'accessibilité de la collectivité.\nLe titulaire peut proposer des indicateurs complémentaires.\n",
        rows: &[
            "Les rapports doivent être établis selon un modèle validé",
            "Tout déplacement doit être autorisé au préalable",
            "Le titulaire sera tenu de respecter la charte graphique",
        ],
        items: &[],
        not_rows: &[
            "Le service gère aujourd'hui environ 40 bâtiments",
            "Le maître d'ouvrage examinera chaque rapport",
            "Les factures doivent être réglées par le maître d'ouvrage",
            "Le titulaire peut proposer des indicateurs complémentaires",
        ],
    },
    Case {
        name: "fr paragraphes lettrés avec obligations; champs du formulaire sous une amorce obligatoire",
        text: "=== page 1 ===\nARTICLE 3 - PRESENTATION DES OFFRES\n\n3.1 Le candidat doit renseigner les champs suivants du formulaire de dépôt.\nA. Raison sociale\nB. Adresse du siège social\nC. Numéro SIRET\nD. Nom et courriel du représentant habilité\n\n3.2 Le candidat devra respecter les points suivants :\n\nA. Le candidat doit transmettre à l'acheteur l'adresse du dépôt de code et, si plusieurs branches existent, il doit indiquer la branche à évaluer.\n\nB. Le candidat doit joindre une attestation d'assurance en cours de validité.\n\nC. Une copie papier de l'offre n'est plus exigée.\n\nL'acheteur publiera la liste des candidats retenus sur son profil d'acheteur.\n",
        rows: &[
            "Le candidat doit renseigner les champs suivants",
            "Le candidat doit transmettre à l'acheteur l'adresse du dépôt de code",
            "Le candidat doit joindre une attestation d'assurance",
        ],
        items: &[
            "Raison sociale",
            "Adresse du siège social",
            "Numéro SIRET",
            "Nom et courriel du représentant habilité",
        ],
        not_rows: &[
            "L'acheteur publiera la liste des candidats retenus",
            "Une copie papier de l'offre n'est plus exigée",
        ],
    },
    // --- Spanish ---
    Case {
        name: "es pliego: pasivas aprobadas por el órgano de contratación, una expectativa; sus compromisos",
        text: "=== page 1 ===\nCLÁUSULA 7. SEGUIMIENTO DEL CONTRATO\n\nEl organismo atiende cada año a más de 12.000 usuarios en sus oficinas.\nEl adjudicatario entregará un informe mensual de avance del servicio.\nLos informes deberán presentarse en el formato aprobado por el órgano de contratación.\nTodo desplazamiento deberá ser autorizado previamente por el órgano de contratación.\nLas facturas deberán ser abonadas por la entidad contratante en un plazo de treinta días.\nEl órgano de contratación revisará cada informe en un plazo de diez días hábiles.\nSe espera que el adjudicatario cumpla en todo momento las normas de accesibilidad del organismo.\nEl adjudicatario podrá proponer mejoras sin coste adicional.\n",
        rows: &[
            "Los informes deberán presentarse en el formato aprobado",
            "Todo desplazamiento deberá ser autorizado previamente por el órgano de contratación",
        ],
        items: &[],
        not_rows: &[
            "El organismo atiende cada año",
            "El órgano de contratación revisará cada informe",
            "Las facturas deberán ser abonadas por la entidad contratante",
            "El adjudicatario podrá proponer mejoras",
        ],
    },
    Case {
        name: "es párrafos con letras mayúsculas; campos del formulario bajo una entradilla obligatoria",
        text: "=== page 1 ===\n4. PRESENTACIÓN DE OFERTAS\n\n4.1 El licitador deberá cumplimentar los siguientes campos del formulario electrónico.\nA. Denominación social\nB. Domicilio fiscal\nC. Número de identificación fiscal\nD. Persona de contacto, correo y teléfono\n\n4.2 Además, el licitador deberá atender a lo siguiente:\n\nA. El licitador deberá enviar a la entidad contratante la dirección del repositorio y, si hay varias ramas, deberá indicar la rama que se evaluará.\n\nB. La empresa debe aportar el certificado de inscripción en el registro de licitadores.\n\nC. Ya no es necesario entregar una copia en papel de la oferta.\n\nLa entidad contratante publicará la lista de ofertas admitidas en la plataforma.\n",
        rows: &[
            "El licitador deberá cumplimentar los siguientes campos",
            "El licitador deberá enviar a la entidad contratante la dirección del repositorio",
            "La empresa debe aportar el certificado de inscripción",
        ],
        items: &[
            "Denominación social",
            "Domicilio fiscal",
            "Número de identificación fiscal",
            "Persona de contacto, correo y teléfono",
        ],
        not_rows: &[
            "La entidad contratante publicará la lista de ofertas admitidas",
            "Ya no es necesario entregar una copia en papel",
        ],
    },
    // --- Portuguese ---
    Case {
        name: "pt caderno de encargos: passivas aprovadas pela entidade adjudicante; os seus compromissos",
        text: "=== page 1 ===\nCLÁUSULA 9.ª ACOMPANHAMENTO DO CONTRATO\n\nA autarquia gere atualmente cerca de 60 equipamentos municipais.\nO adjudicatário deve entregar um relatório mensal de execução.\nOs relatórios devem ser apresentados num modelo aprovado pela entidade adjudicante.\nTodas as deslocações devem ser autorizadas previamente pela entidade contratante.\nAs faturas devem ser pagas pela entidade contratante no prazo de trinta dias.\nA entidade adjudicante analisará cada relatório no prazo de dez dias úteis.\nEspera-se que o adjudicatário cumpra as normas de acessibilidade da autarquia durante toda a execução.\nO adjudicatário pode propor indicadores adicionais.\n",
        rows: &[
            "Os relatórios devem ser apresentados num modelo aprovado",
            "Todas as deslocações devem ser autorizadas previamente pela entidade contratante",
        ],
        items: &[],
        not_rows: &[
            "A autarquia gere atualmente",
            "A entidade adjudicante analisará cada relatório",
            "As faturas devem ser pagas pela entidade contratante",
            "O adjudicatário pode propor indicadores adicionais",
        ],
    },
    Case {
        name: "pt parágrafos com letras maiúsculas; campos do formulário sob uma introdução obrigatória",
        text: "=== page 1 ===\n5. APRESENTAÇÃO DAS PROPOSTAS\n\n5.1 O concorrente deve preencher os seguintes campos do formulário eletrónico.\nA. Denominação social\nB. Morada da sede\nC. Número de identificação de pessoa coletiva\nD. Nome e endereço eletrónico do interlocutor\n\n5.2 O concorrente deve ainda observar o seguinte:\n\nA. O concorrente deve enviar à entidade adjudicante o endereço do repositório e, havendo vários ramos, deve indicar o ramo a avaliar.\n\nB. A empresa deve juntar a certidão de registo comercial atualizada.\n\nC. A cópia em papel da proposta deixa de ser obrigatória.\n\nA entidade adjudicante publicará a lista dos concorrentes admitidos.\n",
        rows: &[
            "O concorrente deve preencher os seguintes campos",
            "O concorrente deve enviar à entidade adjudicante o endereço do repositório",
            "A empresa deve juntar a certidão de registo comercial",
        ],
        items: &[
            "Denominação social",
            "Morada da sede",
            "Número de identificação de pessoa coletiva",
            "Nome e endereço eletrónico do interlocutor",
        ],
        not_rows: &[
            "A entidade adjudicante publicará a lista dos concorrentes admitidos",
            "A cópia em papel da proposta deixa de ser obrigatória",
        ],
    },
    // --- Italian ---
    Case {
        name: "it capitolato: passive approvate dalla stazione appaltante; i suoi impegni",
        text: "=== page 1 ===\nART. 6 - MONITORAGGIO DEL SERVIZIO\n\nL'ente gestisce oggi circa 50 sedi distribuite sul territorio provinciale.\nL'appaltatore deve consegnare una relazione mensile sull'andamento del servizio.\nLe relazioni devono essere redatte secondo un modello approvato dalla stazione appaltante.\nOgni trasferta deve essere autorizzata preventivamente dalla stazione appaltante.\nLe fatture devono essere pagate dalla stazione appaltante entro trenta giorni.\nLa stazione appaltante esaminerà ogni relazione entro dieci giorni lavorativi.\nL'appaltatore sarà tenuto a rispettare le linee guida di accessibilità dell'ente.\nL'appaltatore può proporre indicatori aggiuntivi.\n",
        rows: &[
            "Le relazioni devono essere redatte secondo un modello approvato",
            "Ogni trasferta deve essere autorizzata preventivamente dalla stazione appaltante",
            "L'appaltatore sarà tenuto a rispettare le linee guida",
        ],
        items: &[],
        not_rows: &[
            "L'ente gestisce oggi circa 50 sedi",
            "La stazione appaltante esaminerà ogni relazione",
            "Le fatture devono essere pagate dalla stazione appaltante",
            "L'appaltatore può proporre indicatori aggiuntivi",
        ],
    },
    Case {
        name: "it paragrafi con lettere maiuscole; campi del modulo sotto un'introduzione obbligatoria",
        text: "=== page 1 ===\n3. PRESENTAZIONE DELLE OFFERTE\n\n3.1 L'operatore economico deve compilare i seguenti campi del modulo telematico.\nA. Ragione sociale\nB. Indirizzo della sede legale\nC. Codice fiscale e partita IVA\nD. Nome e recapiti del referente\n\n3.2 L'operatore economico deve inoltre rispettare quanto segue:\n\nA. L'operatore deve inviare alla stazione appaltante l'indirizzo del repository e, se vi sono più rami, deve indicare il ramo da valutare.\n\nB. L'impresa deve allegare il certificato di iscrizione alla camera di commercio.\n\nC. La copia cartacea dell'offerta non è più richiesta.\n\nLa stazione appaltante pubblicherà l'elenco degli operatori ammessi.\n",
        rows: &[
            "L'operatore economico deve compilare i seguenti campi",
            "L'operatore deve inviare alla stazione appaltante l'indirizzo del repository",
            "L'impresa deve allegare il certificato di iscrizione",
        ],
        items: &[
            "Ragione sociale",
            "Indirizzo della sede legale",
            "Codice fiscale e partita IVA",
            "Nome e recapiti del referente",
        ],
        not_rows: &[
            "La stazione appaltante pubblicherà l'elenco degli operatori ammessi",
            "La copia cartacea dell'offerta non è più richiesta",
        ],
    },
    // --- German ---
    Case {
        name: "de Leistungsbeschreibung: Passiv mit dem Auftraggeber als Urheber; seine Zusagen",
        text: "=== page 1 ===\n5. BERICHTSWESEN UND REISEN\n\nDie Behörde betreut derzeit rund 30 Dienststellen im ganzen Land.\nDer Auftragnehmer hat monatlich einen Statusbericht vorzulegen.\nDie Berichte müssen in einem vom Auftraggeber freigegebenen Format eingereicht werden.\nJede Dienstreise muss vorab durch den Auftraggeber genehmigt werden.\nDie Rechnungen müssen durch den Auftraggeber innerhalb von 30 Tagen beglichen werden.\nDer Auftraggeber prüft jeden Bericht innerhalb von zehn Arbeitstagen.\nVom Auftragnehmer wird erwartet, dass er die Barrierefreiheitsvorgaben der Behörde jederzeit einhält.\nDer Auftragnehmer kann zusätzliche Kennzahlen vorschlagen.\n",
        rows: &[
            "Die Berichte müssen in einem vom Auftraggeber freigegebenen Format",
            "Jede Dienstreise muss vorab durch den Auftraggeber genehmigt werden",
        ],
        items: &[],
        not_rows: &[
            "Die Behörde betreut derzeit rund 30 Dienststellen",
            "Der Auftraggeber prüft jeden Bericht",
            "Die Rechnungen müssen durch den Auftraggeber",
            "Der Auftragnehmer kann zusätzliche Kennzahlen vorschlagen",
        ],
    },
    Case {
        name: "de Absätze mit Großbuchstaben; Formularfelder unter einer verbindlichen Einleitung",
        text: "=== page 1 ===\n3. ANGEBOTSABGABE\n\n3.1 Der Bieter muss die folgenden Felder des Online-Formulars ausfüllen.\nA. Firmenname\nB. Anschrift des Firmensitzes\nC. Umsatzsteuer-Identifikationsnummer\nD. Name und E-Mail der Ansprechperson\n\n3.2 Darüber hinaus hat der Bieter Folgendes zu beachten:\n\nA. Der Bieter muss dem Auftraggeber die Adresse des Repositoriums übermitteln und, falls mehrere Zweige bestehen, den zu bewertenden Zweig angeben.\n\nB. Das Unternehmen muss einen aktuellen Auszug aus dem Handelsregister beifügen.\n\nC. Eine Papierfassung des Angebots ist nicht mehr erforderlich.\n\nDer Auftraggeber veröffentlicht die Liste der zugelassenen Bieter auf seiner Website.\n",
        rows: &[
            "Der Bieter muss die folgenden Felder",
            "Der Bieter muss dem Auftraggeber die Adresse des Repositoriums",
            "Das Unternehmen muss einen aktuellen Auszug",
        ],
        items: &[
            "Firmenname",
            "Anschrift des Firmensitzes",
            "Umsatzsteuer-Identifikationsnummer",
            "Name und E-Mail der Ansprechperson",
        ],
        not_rows: &[
            "Der Auftraggeber veröffentlicht die Liste der zugelassenen Bieter",
            "Eine Papierfassung des Angebots ist nicht mehr erforderlich",
        ],
    },
    // --- eleventh pass: what failing a rule costs, in both genders, seven languages ---
    Case {
        name: "en fr es it pt de exclusion as the consequence, masculine and feminine subjects",
        text: "=== page 1 ===\nCONDITIONS OF PARTICIPATION\n\nApplicants that do not meet this criterion will be eliminated from the procedure.\nLes candidats qui ne remplissent pas ces conditions seront écartés.\nLes dossiers incomplets seront déclarés irrecevables.\nLos licitadores que no acrediten la solvencia exigida serán excluidos.\nLos sobres recibidos fuera de plazo serán rechazados.\nI richiedenti che non rispondono a questo criterio verranno esclusi.\nLe domande incomplete verranno escluse dalla valutazione.\nOs licitantes que não cumprirem estes requisitos serão desclassificados.\nOs documentos entregues fora do prazo serão rejeitados.\nBewerber, die diese Bedingungen nicht erfüllen, werden vom Verfahren ausgeschlossen.\nOs documentos enviados por correio eletrónico não serão considerados.\nLos documentos enviados por fax no serán admitidos.\nThe Commission will publish the results on its website.\n",
        rows: &[
            "will be eliminated from the procedure",
            "seront écartés",
            "seront déclarés irrecevables",
            "serán excluidos",
            "serán rechazados",
            "verranno esclusi",
            "verranno escluse dalla valutazione",
            "serão desclassificados",
            "serão rejeitados",
            "werden vom Verfahren ausgeschlossen",
            "não serão considerados",
            "no serán admitidos",
        ],
        items: &[],
        not_rows: &["The Commission will publish the results"],
    },
    Case {
        name: "en fr es it pt the offer's own future passive: how it will be written, sent, signed",
        text: "=== page 1 ===\nSUBMISSION OF OFFERS\n\nProposals will be submitted through the e-procurement portal by 10 May at noon.\nProposals will be opened in public on 11 May.\nLes offres seront rédigées en langue française et signées par le représentant légal.\nLes offres seront ouvertes en séance publique.\nLas ofertas se presentarán en la plataforma de contratación antes de las 14:00 horas.\nLas ofertas serán valoradas por la mesa de contratación.\nLe offerte saranno redatte in lingua italiana e sottoscritte dal legale rappresentante.\nLe offerte saranno esaminate dalla commissione giudicatrice.\nAs propostas serão entregues na sede do município até ao dia 10 de maio.\nAs propostas serão analisadas pelo júri do procedimento.\n",
        rows: &[
            "Proposals will be submitted through the e-procurement portal",
            "Les offres seront rédigées en langue française",
            "Las ofertas se presentarán en la plataforma",
            "Le offerte saranno redatte in lingua italiana",
            "As propostas serão entregues na sede do município",
        ],
        items: &[],
        not_rows: &[
            "Proposals will be opened in public",
            "Les offres seront ouvertes en séance publique",
            "Las ofertas serán valoradas por la mesa",
            "Le offerte saranno esaminate dalla commissione",
            "As propostas serão analisadas pelo júri",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "en lettered paragraphs with duties; a checklist of form fields under a binding lead-in | The agency should provide its certificate of registration",
    "en statement of work: passive duties approved by the Agency, an expectation; the Agency's review | Invoices shall be paid by the Agency",
];

#[test]
fn the_recall_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "recall probe",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, probe::statement_rows(case.text)),
        KNOWN_MISSES,
    );
}
