//! A probe of list items with no marker that open with an infinitive, an imperative or
//! a noun (issue 31, matrix recall), written before the engine's code for them was
//! read: small documents of our own, mostly French terms of reference and calls, whose
//! tasks, deliverables, profile and documents to enclose lost their bullets (graphics
//! the text layer does not hold) and sit one per line, or wrapped over two lines, under
//! a heading naming them ("Missions du consultant", "Profil requis", "Livrables
//! attendus", "Pièces à fournir", "Funciones del consultor", "Compiti
//! dell'affidatario", "Aufgaben des Auftragnehmers", "Tasks of the Consultant") or
//! under a lead-in that does not end with ':' ("Le consultant aura pour tâches de").
//! Beside them, unmarked lines that bind nobody: the issuer's own objectives written
//! as infinitives under "Objectifs du projet" or "Contexte", a table of contents, an
//! address block, the issuer's departments, headings in a row, a paragraph's wrapped
//! lines.
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    // French: tasks.
    Case {
        name: "fr Missions du consultant, infinitifs; Objectifs du projet avant",
        text: "Termes de référence\nRecrutement d'un consultant pour l'évaluation finale du projet d'irrigation\n\n1. Objectifs du projet\n\nAméliorer les rendements agricoles dans les trois communes ciblées\nRenforcer les coopératives de producteurs maraîchers\nRéduire les pertes d'eau dans les canaux secondaires\n\n2. Missions du consultant\n\nÉlaborer une note de cadrage précisant la méthode d'évaluation\nConduire des entretiens avec les bénéficiaires et les élus locaux\nAnalyser les données de suivi produites par l'équipe du projet\nRédiger un rapport d'évaluation assorti de recommandations\n",
        rows: &[
            "Élaborer une note de cadrage précisant la méthode d'évaluation",
            "Conduire des entretiens avec les bénéficiaires et les élus locaux",
            "Analyser les données de suivi produites par l'équipe du projet",
            "Rédiger un rapport d'évaluation assorti de recommandations",
        ],
        not_rows: &[
            "Améliorer les rendements agricoles",
            "Renforcer les coopératives de producteurs",
            "Réduire les pertes d'eau",
        ],
    },
    Case {
        name: "fr lead-in sans deux-points Le consultant aura pour tâches de",
        text: "Termes de référence : appui à la mise en place d'un observatoire de l'emploi\n\nDescription de la mission\n\nLe consultant aura pour tâches de\nrecenser les sources statistiques disponibles sur l'emploi local\nproposer une batterie d'indicateurs de suivi du marché du travail\nconcevoir la maquette du tableau de bord trimestriel\nformer deux agents de la direction régionale à sa mise à jour\n",
        rows: &[
            "recenser les sources statistiques disponibles sur l'emploi local",
            "proposer une batterie d'indicateurs de suivi du marché du travail",
            "concevoir la maquette du tableau de bord trimestriel",
            "former deux agents de la direction régionale à sa mise à jour",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Tâches du prestataire, items sur deux lignes",
        text: "Dossier de consultation\nPrestation d'accompagnement à la concertation publique\n\nArticle 3 – Tâches du prestataire\n\nÉlaborer une stratégie de concertation adaptée aux publics du quartier\net la soumettre au comité de pilotage\nAnimer quatre ateliers participatifs en soirée dans les équipements\nmunicipaux du secteur nord\nProduire une synthèse écrite de chaque atelier dans les huit jours\n\nArticle 4 – Durée\n\nLa prestation se déroule sur six mois à compter de la notification.\n",
        rows: &[
            "Élaborer une stratégie de concertation adaptée aux publics du quartier et la soumettre au comité de pilotage",
            "Animer quatre ateliers participatifs en soirée dans les équipements municipaux du secteur nord",
            "Produire une synthèse écrite de chaque atelier dans les huit jours",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Le candidat retenu sera chargé de, sans deux-points, majuscules",
        text: "Appel à candidatures\nChargé de mission transition énergétique\n\nLe candidat retenu sera chargé de\nAssurer le suivi des chantiers de rénovation des bâtiments communaux\nMettre à jour le bilan des consommations d'énergie chaque trimestre\nAccompagner les communes dans le montage des dossiers de subvention\nReprésenter le syndicat dans les réseaux régionaux de l'énergie\n",
        rows: &[
            "Assurer le suivi des chantiers de rénovation des bâtiments communaux",
            "Mettre à jour le bilan des consommations d'énergie chaque trimestre",
            "Accompagner les communes dans le montage des dossiers de subvention",
            "Représenter le syndicat dans les réseaux régionaux de l'énergie",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Responsabilités du titulaire, items finissant par ; et .",
        text: "Cahier des clauses techniques particulières\nEntretien des espaces verts\n\nResponsabilités du titulaire\n\nTondre les pelouses des parcs au moins deux fois par mois d'avril à octobre ;\nTailler les haies des écoles pendant les vacances scolaires ;\nÉvacuer les déchets verts vers la plateforme de compostage agréée ;\nSignaler sans délai tout arbre présentant un risque de chute.\n",
        rows: &[
            "Tondre les pelouses des parcs au moins deux fois par mois d'avril à octobre",
            "Tailler les haies des écoles pendant les vacances scolaires",
            "Évacuer les déchets verts vers la plateforme de compostage agréée",
            "Signaler sans délai tout arbre présentant un risque de chute",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Le soumissionnaire devra sans deux-points; sommaire",
        text: "Dossier d'appel d'offres\n\nSommaire\n\nAvis d'appel d'offres\nInstructions aux soumissionnaires\nCahier des prescriptions techniques\nBordereau des prix\n\nObligations du soumissionnaire\n\nLe soumissionnaire devra\nFournir les équipements neufs dans leur emballage d'origine\nInstaller et mettre en service chaque poste dans les locaux désignés\nAssurer la maintenance des équipements pendant la période de garantie\n",
        rows: &[
            "Fournir les équipements neufs dans leur emballage d'origine",
            "Installer et mettre en service chaque poste dans les locaux désignés",
            "Assurer la maintenance des équipements pendant la période de garantie",
        ],
        not_rows: &["Instructions aux soumissionnaires", "Bordereau des prix"],
    },
    Case {
        name: "fr Activités à réaliser après un Contexte en lignes coupées",
        text: "Termes de référence\n\nContexte\n\nLa région a adopté en 2024 un plan de gestion des déchets qui prévoit\nla fermeture des décharges sauvages et la création de deux centres de\ntri d'ici la fin de la décennie.\n\nActivités à réaliser\n\nCartographier les dépôts sauvages recensés par les services techniques\nEstimer les tonnages collectés par type de déchets et par commune\nProposer trois sites possibles pour les centres de tri\n",
        rows: &[
            "Cartographier les dépôts sauvages recensés par les services techniques",
            "Estimer les tonnages collectés par type de déchets et par commune",
            "Proposer trois sites possibles pour les centres de tri",
        ],
        not_rows: &["la fermeture des décharges sauvages"],
    },
    // French: profile.
    Case {
        name: "fr Profil requis, infinitifs Être, Avoir, Justifier, Maîtriser",
        text: "Avis de recrutement d'un expert en passation des marchés\n\nProfil requis\n\nÊtre titulaire d'un diplôme de niveau master en droit ou en gestion\nAvoir au moins huit ans d'expérience dans la passation des marchés publics\nJustifier de deux missions similaires pour des bailleurs internationaux\nMaîtriser parfaitement le français et avoir une bonne pratique de l'anglais\n",
        rows: &[
            "Être titulaire d'un diplôme de niveau master en droit ou en gestion",
            "Avoir au moins huit ans d'expérience dans la passation des marchés publics",
            "Justifier de deux missions similaires pour des bailleurs internationaux",
            "Maîtriser parfaitement le français et avoir une bonne pratique de l'anglais",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Qualifications du consultant, Disposer de; adresse",
        text: "Termes de référence\nÉtude de faisabilité d'une ligne de bus rapide\n\nQualifications du consultant\n\nDisposer d'une équipe comprenant au moins un ingénieur en transport\nPosséder des références en études de mobilité urbaine en Afrique de l'Ouest\nDisposer d'un logiciel de modélisation des déplacements\n\nLes offres sont adressées à\n\nAgence des transports urbains\nDirection des études\nBoulevard de la République, BP 112\n",
        rows: &[
            "Disposer d'une équipe comprenant au moins un ingénieur en transport",
            "Posséder des références en études de mobilité urbaine en Afrique de l'Ouest",
            "Disposer d'un logiciel de modélisation des déplacements",
        ],
        not_rows: &["Direction des études", "Boulevard de la République"],
    },
    Case {
        name: "fr Compétences requises, groupes nominaux",
        text: "Appel à candidatures\nPoste d'assistant administratif et financier\n\nCompétences requises\n\nMaîtrise de l'outil informatique et des tableurs\nBonne connaissance des procédures comptables des projets financés\nCapacité de rédaction de notes et de comptes rendus\nAptitude à travailler en équipe sous pression\n",
        rows: &[
            "Maîtrise de l'outil informatique et des tableurs",
            "Bonne connaissance des procédures comptables des projets financés",
            "Capacité de rédaction de notes et de comptes rendus",
            "Aptitude à travailler en équipe sous pression",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Conditions à remplir par le candidat, avec un item sur deux lignes",
        text: "Appel à candidatures pour la résidence d'artistes 2027\n\nConditions à remplir par le candidat\n\nÊtre un artiste professionnel domicilié dans l'Union européenne\nAvoir présenté au moins une exposition personnelle au cours des\ntrois dernières années\nÊtre disponible pendant toute la durée de la résidence\n",
        rows: &[
            "Être un artiste professionnel domicilié dans l'Union européenne",
            "Avoir présenté au moins une exposition personnelle au cours des trois dernières années",
            "Être disponible pendant toute la durée de la résidence",
        ],
        not_rows: &[],
    },
    // French: deliverables.
    Case {
        name: "fr Livrables attendus, groupes nominaux sans point",
        text: "Termes de référence : audit organisationnel de l'office\n\nLivrables attendus\n\nUn rapport de démarrage dans les dix jours suivant la signature\nUn rapport provisoire d'audit présenté en réunion de restitution\nUn rapport définitif intégrant les observations de la direction\nUn plan de réorganisation chiffré sur trois ans\n",
        rows: &[
            "Un rapport de démarrage dans les dix jours suivant la signature",
            "Un rapport provisoire d'audit présenté en réunion de restitution",
            "Un rapport définitif intégrant les observations de la direction",
            "Un plan de réorganisation chiffré sur trois ans",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Produits attendus, noms nus; directions du ministère",
        text: "Termes de référence\n\nOrganisation du ministère\n\nLe ministère comprend\nDirection générale de la santé\nDirection des ressources humaines\nDirection de la pharmacie et du médicament\n\nProduits attendus\n\nRapport de démarrage validé par le comité technique\nGuide national de la supervision formative\nModules de formation des superviseurs régionaux\n",
        rows: &[
            "Rapport de démarrage validé par le comité technique",
            "Guide national de la supervision formative",
            "Modules de formation des superviseurs régionaux",
        ],
        not_rows: &[
            "Direction des ressources humaines",
            "Direction de la pharmacie",
        ],
    },
    // French: documents to enclose.
    Case {
        name: "fr Pièces à fournir, groupes nominaux; adresse de dépôt",
        text: "Avis d'appel d'offres national\nFourniture de tables-bancs aux écoles primaires\n\nPièces à fournir\n\nUne copie du registre de commerce datant de moins de trois mois\nUne attestation de situation fiscale en cours de validité\nUne caution de soumission d'un montant de cinq cent mille francs\nLe bordereau des prix unitaires dûment rempli\n\nLieu de dépôt\n\nMinistère de l'Éducation\nSecrétariat du service des marchés\nImmeuble administratif, 2e étage\n",
        rows: &[
            "Une copie du registre de commerce datant de moins de trois mois",
            "Une attestation de situation fiscale en cours de validité",
            "Une caution de soumission d'un montant de cinq cent mille francs",
            "Le bordereau des prix unitaires dûment rempli",
        ],
        not_rows: &[
            "Secrétariat du service des marchés",
            "Immeuble administratif",
        ],
    },
    Case {
        name: "fr Composition du dossier, lead-in sans deux-points",
        text: "Appel à candidatures : incubateur d'entreprises agricoles\n\nComposition du dossier\n\nLe dossier comprendra les pièces suivantes\nLe formulaire de candidature rempli et signé\nUne présentation du projet en cinq pages au plus\nLe curriculum vitae du porteur de projet\nUne copie de la pièce d'identité du porteur\n",
        rows: &[
            "Le formulaire de candidature rempli et signé",
            "Une présentation du projet en cinq pages au plus",
            "Le curriculum vitae du porteur de projet",
            "Une copie de la pièce d'identité du porteur",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Pièces à joindre à l'offre, items sur deux lignes",
        text: "Règlement de la consultation\n\nArticle 5 – Pièces à joindre à l'offre\n\nUn mémoire technique décrivant l'organisation du chantier et les\nmoyens humains affectés à l'opération\nUn planning prévisionnel des travaux par lot\nLes attestations d'assurance de responsabilité civile et décennale\nen cours de validité\n",
        rows: &[
            "Un mémoire technique décrivant l'organisation du chantier et les moyens humains affectés à l'opération",
            "Un planning prévisionnel des travaux par lot",
            "Les attestations d'assurance de responsabilité civile et décennale en cours de validité",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Offre technique, noms; Calendrier indicatif",
        text: "Demande de propositions\n\nContenu de l'offre technique\n\nUne note méthodologique de quinze pages au plus\nUn chronogramme détaillé des activités\nLes curriculum vitae signés du personnel clé\n\nCalendrier indicatif\n\nPublication de l'avis en janvier\nOuverture des plis en mars\nDémarrage de la mission en mai\n",
        rows: &[
            "Une note méthodologique de quinze pages au plus",
            "Un chronogramme détaillé des activités",
            "Les curriculum vitae signés du personnel clé",
        ],
        not_rows: &[
            "Ouverture des plis en mars",
            "Démarrage de la mission en mai",
        ],
    },
    Case {
        name: "fr Dossier administratif, Déclaration et Attestation",
        text: "Consultation restreinte\nTravaux de réfection de toiture\n\nDossier administratif\n\nDéclaration sur l'honneur de non-exclusion des marchés publics\nAttestation d'assurance couvrant les travaux de couverture\nExtrait Kbis de moins de six mois\n",
        rows: &[
            "Déclaration sur l'honneur de non-exclusion des marchés publics",
            "Attestation d'assurance couvrant les travaux de couverture",
            "Extrait Kbis de moins de six mois",
        ],
        not_rows: &[],
    },
    // French: lines that bind nobody.
    Case {
        name: "fr Objectifs du projet seuls, infinitifs de l'émetteur",
        text: "Note de présentation du programme\n\nObjectifs du projet\n\nFavoriser l'accès des jeunes ruraux à la formation professionnelle\nDévelopper l'offre de transport scolaire dans les zones enclavées\nValoriser les produits du terroir sur les marchés urbains\n\nLe programme est financé par l'État et la région à parts égales.\n",
        rows: &[],
        not_rows: &[
            "Favoriser l'accès des jeunes ruraux",
            "Développer l'offre de transport scolaire",
            "Valoriser les produits du terroir",
        ],
    },
    Case {
        name: "fr titres en série et paragraphe coupé",
        text: "Cahier des charges\n\nTitre I\nDispositions générales\nObjet de la consultation\n\nLa présente consultation porte sur la location de véhicules utilitaires\npour les services techniques de la commune pendant la saison estivale\net les périodes de forte activité.\n\nLe titulaire fournit des véhicules de moins de trois ans.\n",
        rows: &["Le titulaire fournit des véhicules de moins de trois ans"],
        not_rows: &[
            "Dispositions générales",
            "Objet de la consultation",
            "pour les services techniques de la commune",
        ],
    },
    Case {
        name: "fr Contexte avec infinitifs de l'émetteur puis Missions",
        text: "Termes de référence\n\nContexte et justification\n\nLa commune souhaite\nModerniser son état civil\nNumériser les registres anciens\nOffrir des démarches en ligne aux usagers\n\nMissions du prestataire\n\nNumériser les registres d'état civil de 1900 à 1990\nIndexer chaque acte par nom, date et type d'acte\nLivrer les images dans un format d'archivage ouvert\n",
        rows: &[
            "Numériser les registres d'état civil de 1900 à 1990",
            "Indexer chaque acte par nom, date et type d'acte",
            "Livrer les images dans un format d'archivage ouvert",
        ],
        not_rows: &["Moderniser son état civil", "Offrir des démarches en ligne"],
    },
    Case {
        name: "fr Missions sur deux pages avec en-tête courant",
        text: "TdR – Évaluation du fonds d'appui\n\nMissions de l'évaluateur\n\nApprécier la pertinence du dispositif au regard des besoins des PME\nMesurer les effets des prêts sur l'emploi des entreprises soutenues\n=== page 2 ===\nTdR – Évaluation du fonds d'appui\nFormuler des recommandations pour la deuxième phase du fonds\nPrésenter les conclusions au conseil d'administration\n",
        rows: &[
            "Apprécier la pertinence du dispositif au regard des besoins des PME",
            "Mesurer les effets des prêts sur l'emploi des entreprises soutenues",
            "Formuler des recommandations pour la deuxième phase du fonds",
            "Présenter les conclusions au conseil d'administration",
        ],
        not_rows: &[],
    },
    // Spanish.
    Case {
        name: "es Funciones del consultor, infinitivos; Objetivos del programa",
        text: "Términos de referencia\nConsultoría para el diagnóstico del sector pesquero artesanal\n\nObjetivos del programa\n\nMejorar los ingresos de las familias pescadoras\nFortalecer las organizaciones de pescadores de la costa sur\n\nFunciones del consultor\n\nElaborar un diagnóstico de la cadena de valor de la pesca artesanal\nCoordinar talleres con las asociaciones de pescadores de cada puerto\nPresentar un informe final con propuestas de inversión priorizadas\n",
        rows: &[
            "Elaborar un diagnóstico de la cadena de valor de la pesca artesanal",
            "Coordinar talleres con las asociaciones de pescadores de cada puerto",
            "Presentar un informe final con propuestas de inversión priorizadas",
        ],
        not_rows: &["Mejorar los ingresos", "Fortalecer las organizaciones"],
    },
    Case {
        name: "es Perfil requerido, Poseer, Contar, Acreditar",
        text: "Convocatoria para la contratación de un especialista en monitoreo\n\nPerfil requerido\n\nPoseer título universitario en economía, estadística o afines\nContar con experiencia mínima de cinco años en sistemas de monitoreo\nAcreditar manejo de programas de análisis de datos\n",
        rows: &[
            "Poseer título universitario en economía, estadística o afines",
            "Contar con experiencia mínima de cinco años en sistemas de monitoreo",
            "Acreditar manejo de programas de análisis de datos",
        ],
        not_rows: &[],
    },
    Case {
        name: "es El licitador presentará los siguientes documentos, sin dos puntos",
        text: "Pliego de condiciones\nServicio de transporte escolar\n\nDocumentación administrativa\n\nEl licitador presentará los siguientes documentos\nEscritura de constitución de la empresa inscrita en el registro\nPóliza de seguro de responsabilidad civil vigente\nRelación de vehículos con su fecha de matriculación\n",
        rows: &[
            "Escritura de constitución de la empresa inscrita en el registro",
            "Póliza de seguro de responsabilidad civil vigente",
            "Relación de vehículos con su fecha de matriculación",
        ],
        not_rows: &[],
    },
    Case {
        name: "es Tareas del adjudicatario en dos líneas; índice",
        text: "Pliego técnico\n\nÍndice\n\nAntecedentes\nTareas del adjudicatario\nPresupuesto\n\nTareas del adjudicatario\n\nRealizar el inventario de las señales de tráfico de las vías\nurbanas del término municipal\nSustituir las señales dañadas en un plazo de quince días\nEntregar una base de datos georreferenciada del inventario\n",
        rows: &[
            "Realizar el inventario de las señales de tráfico de las vías urbanas del término municipal",
            "Sustituir las señales dañadas en un plazo de quince días",
            "Entregar una base de datos georreferenciada del inventario",
        ],
        not_rows: &["Antecedentes", "Presupuesto"],
    },
    Case {
        name: "es Productos esperados, sustantivos",
        text: "Términos de referencia para la actualización del plan de ordenamiento\n\nProductos esperados\n\nPlan de trabajo aprobado por la contraparte técnica\nInforme de diagnóstico territorial con su cartografía\nDocumento final del plan con su resumen ejecutivo\n",
        rows: &[
            "Plan de trabajo aprobado por la contraparte técnica",
            "Informe de diagnóstico territorial con su cartografía",
            "Documento final del plan con su resumen ejecutivo",
        ],
        not_rows: &[],
    },
    // Portuguese.
    Case {
        name: "pt Atribuições da contratada, infinitivos",
        text: "Termo de referência\nContratação de empresa para gestão do arquivo municipal\n\nAtribuições da contratada\n\nElaborar o plano de classificação dos documentos da prefeitura\nHigienizar e acondicionar as caixas do arquivo permanente\nApresentar relatórios mensais das atividades executadas\nManter sigilo sobre as informações a que tiver acesso\n",
        rows: &[
            "Elaborar o plano de classificação dos documentos da prefeitura",
            "Higienizar e acondicionar as caixas do arquivo permanente",
            "Apresentar relatórios mensais das atividades executadas",
            "Manter sigilo sobre as informações a que tiver acesso",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt Perfil do consultor, Possuir e Ter",
        text: "Edital de seleção de consultor individual\n\nPerfil do consultor\n\nPossuir graduação em engenharia civil ou arquitetura\nTer experiência mínima de seis anos em obras de saneamento\nConhecer a legislação ambiental do estado\n",
        rows: &[
            "Possuir graduação em engenharia civil ou arquitetura",
            "Ter experiência mínima de seis anos em obras de saneamento",
            "Conhecer a legislação ambiental do estado",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt Produtos esperados; Objetivos específicos antes",
        text: "Termo de referência\n\nObjetivos específicos\n\nAmpliar a cobertura vacinal nas comunidades ribeirinhas\nQualificar os agentes comunitários de saúde\n\nProdutos esperados\n\nPlano de trabalho detalhado com cronograma\nRelatório de diagnóstico das unidades de saúde visitadas\nRelatório final com recomendações para a secretaria\n",
        rows: &[
            "Plano de trabalho detalhado com cronograma",
            "Relatório de diagnóstico das unidades de saúde visitadas",
            "Relatório final com recomendações para a secretaria",
        ],
        not_rows: &["Ampliar a cobertura vacinal", "Qualificar os agentes"],
    },
    Case {
        name: "pt A proponente deverá apresentar, sem dois-pontos",
        text: "Edital de pregão\n\nDa habilitação\n\nA proponente deverá apresentar os seguintes documentos\nCertidão negativa de débitos trabalhistas\nProva de regularidade com o fundo de garantia\nAtestado de capacidade técnica emitido por órgão público\n",
        rows: &[
            "Certidão negativa de débitos trabalhistas",
            "Prova de regularidade com o fundo de garantia",
            "Atestado de capacidade técnica emitido por órgão público",
        ],
        not_rows: &[],
    },
    // Italian.
    Case {
        name: "it Compiti dell'affidatario, infiniti",
        text: "Capitolato speciale\nServizio di assistenza tecnica al programma regionale\n\nCompiti dell'affidatario\n\nRedigere il piano annuale delle attività di assistenza tecnica\nFornire supporto agli uffici nella selezione dei progetti\nGarantire la presenza di un referente presso la sede regionale\nPredisporre le relazioni semestrali per l'autorità di gestione\n",
        rows: &[
            "Redigere il piano annuale delle attività di assistenza tecnica",
            "Fornire supporto agli uffici nella selezione dei progetti",
            "Garantire la presenza di un referente presso la sede regionale",
            "Predisporre le relazioni semestrali per l'autorità di gestione",
        ],
        not_rows: &[],
    },
    Case {
        name: "it Requisiti del candidato, Essere e Avere",
        text: "Avviso di selezione per un esperto in rendicontazione\n\nRequisiti del candidato\n\nEssere in possesso di laurea magistrale in economia\nAvere maturato almeno tre anni di esperienza nella rendicontazione di fondi europei\nConoscere la lingua inglese a livello B2\n",
        rows: &[
            "Essere in possesso di laurea magistrale in economia",
            "Avere maturato almeno tre anni di esperienza nella rendicontazione di fondi europei",
            "Conoscere la lingua inglese a livello B2",
        ],
        not_rows: &[],
    },
    Case {
        name: "it lead-in senza due punti, sostantivi; sede dell'ente",
        text: "Bando di gara\n\nDocumentazione amministrativa\n\nIl concorrente allega alla domanda i seguenti documenti\nDichiarazione sostitutiva sul possesso dei requisiti generali\nGaranzia provvisoria pari al due per cento dell'importo\nRicevuta del versamento del contributo all'autorità\n\nSede\n\nProvincia di Valmonte\nSettore Appalti\nPiazza del Duomo 4\n",
        rows: &[
            "Dichiarazione sostitutiva sul possesso dei requisiti generali",
            "Garanzia provvisoria pari al due per cento dell'importo",
            "Ricevuta del versamento del contributo all'autorità",
        ],
        not_rows: &["Settore Appalti", "Piazza del Duomo 4"],
    },
    Case {
        name: "it Prodotti attesi; Obiettivi del progetto prima",
        text: "Termini di riferimento\n\nObiettivi del progetto\n\nPromuovere il turismo lento nelle aree interne\nValorizzare i sentieri storici della valle\n\nProdotti attesi\n\nRapporto iniziale con la metodologia di lavoro\nMappa digitale dei sentieri con i punti di interesse\nRapporto finale con il piano di promozione\n",
        rows: &[
            "Rapporto iniziale con la metodologia di lavoro",
            "Mappa digitale dei sentieri con i punti di interesse",
            "Rapporto finale con il piano di promozione",
        ],
        not_rows: &["Promuovere il turismo lento", "Valorizzare i sentieri"],
    },
    // German.
    Case {
        name: "de Aufgaben des Auftragnehmers, nominal",
        text: "Leistungsbeschreibung\nExterne Evaluierung des Förderprogramms\n\nAufgaben des Auftragnehmers\n\nErstellung eines Evaluierungskonzepts mit Zeitplan\nDurchführung von Interviews mit geförderten Unternehmen\nAuswertung der Antragsdaten der Jahre 2022 bis 2025\nVorlage eines Abschlussberichts mit Handlungsempfehlungen\n",
        rows: &[
            "Erstellung eines Evaluierungskonzepts mit Zeitplan",
            "Durchführung von Interviews mit geförderten Unternehmen",
            "Auswertung der Antragsdaten der Jahre 2022 bis 2025",
            "Vorlage eines Abschlussberichts mit Handlungsempfehlungen",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Anforderungen an das Personal",
        text: "Ausschreibung Beratungsleistungen\n\nAnforderungen an das Personal\n\nAbgeschlossenes Hochschulstudium der Verwaltungswissenschaften oder vergleichbar\nMindestens fünf Jahre Berufserfahrung in der Organisationsberatung\nSichere Deutschkenntnisse in Wort und Schrift\n",
        rows: &[
            "Abgeschlossenes Hochschulstudium der Verwaltungswissenschaften oder vergleichbar",
            "Mindestens fünf Jahre Berufserfahrung in der Organisationsberatung",
            "Sichere Deutschkenntnisse in Wort und Schrift",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Vorzulegende Nachweise; Anschrift der Vergabestelle",
        text: "Aufforderung zur Angebotsabgabe\n\nVorzulegende Nachweise\n\nAuszug aus dem Gewerbezentralregister\nBescheinigung der Berufsgenossenschaft\nReferenzliste vergleichbarer Aufträge der letzten drei Jahre\n\nVergabestelle\n\nKreisverwaltung Nordtal\nZentrale Vergabestelle\nSchlossplatz 3\n",
        rows: &[
            "Auszug aus dem Gewerbezentralregister",
            "Bescheinigung der Berufsgenossenschaft",
            "Referenzliste vergleichbarer Aufträge der letzten drei Jahre",
        ],
        not_rows: &["Zentrale Vergabestelle", "Schlossplatz 3"],
    },
    Case {
        name: "de Ziele des Vorhabens nominal, dann Leistungsumfang",
        text: "Leistungsbeschreibung\n\nZiele des Vorhabens\n\nStärkung der Nahversorgung in kleinen Gemeinden\nVerbesserung der Erreichbarkeit der Ortskerne\n\nLeistungsumfang\n\nErhebung der bestehenden Versorgungsangebote in allen Ortsteilen\nBefragung von mindestens dreihundert Haushalten\nErarbeitung eines Maßnahmenkatalogs mit Kostenschätzung\n",
        rows: &[
            "Erhebung der bestehenden Versorgungsangebote in allen Ortsteilen",
            "Befragung von mindestens dreihundert Haushalten",
            "Erarbeitung eines Maßnahmenkatalogs mit Kostenschätzung",
        ],
        not_rows: &[
            "Stärkung der Nahversorgung",
            "Verbesserung der Erreichbarkeit",
        ],
    },
    // English.
    Case {
        name: "en Tasks of the Consultant, imperatives; Project objectives",
        text: "Terms of Reference\nBaseline Survey for the Coastal Livelihoods Project\n\nProject objectives\n\nIncrease household income in fishing villages\nRestore mangrove cover along the estuary\n\nTasks of the Consultant\n\nDevelop a sampling frame covering all twelve project villages\nProvide trained enumerators and tablets for the data collection\nPrepare a baseline report with the indicator values by village\n",
        rows: &[
            "Develop a sampling frame covering all twelve project villages",
            "Provide trained enumerators and tablets for the data collection",
            "Prepare a baseline report with the indicator values by village",
        ],
        not_rows: &["Increase household income", "Restore mangrove cover"],
    },
    Case {
        name: "en lead-in without a colon, The consultant will be responsible for the following",
        text: "Request for Proposals\nDigital Records Assessment\n\nScope\n\nThe consultant will be responsible for the following\nReview the current filing practices of the three registry offices\nIdentify records that must be kept permanently under the archives law\nRecommend a retention schedule for each class of records\n",
        rows: &[
            "Review the current filing practices of the three registry offices",
            "Identify records that must be kept permanently under the archives law",
            "Recommend a retention schedule for each class of records",
        ],
        not_rows: &[],
    },
    Case {
        name: "en Qualifications, Hold / Have / Demonstrate; offices of the agency",
        text: "Individual Consultant Vacancy\n\nOur offices\n\nHead Office, Capital City\nRegional Office North\nRegional Office South\n\nQualifications\n\nHold a master's degree in public health or epidemiology\nHave at least seven years of experience in disease surveillance\nDemonstrate fluency in written and spoken English\n",
        rows: &[
            "Hold a master's degree in public health or epidemiology",
            "Have at least seven years of experience in disease surveillance",
            "Demonstrate fluency in written and spoken English",
        ],
        not_rows: &["Regional Office North", "Regional Office South"],
    },
    Case {
        name: "en Expected deliverables, noun phrases wrapped",
        text: "Terms of Reference: Market Assessment for Solar Irrigation\n\nExpected deliverables\n\nAn inception report setting out the method and the work plan for\nthe assignment\nA market assessment report covering supply, demand and financing\nA validation workshop with the suppliers and the farmer groups\n",
        rows: &[
            "An inception report setting out the method and the work plan for the assignment",
            "A market assessment report covering supply, demand and financing",
            "A validation workshop with the suppliers and the farmer groups",
        ],
        not_rows: &[],
    },
    Case {
        name: "en Contents and headings in a row, no items",
        text: "Request for Tender\n\nContents\n\nInstructions to Tenderers\nConditions of Contract\nSpecification\nPricing Document\n\nPart A\nInstructions to Tenderers\nGeneral\n\nThe Council is seeking a supplier of road salt for the winter season\nand expects deliveries to start in the first week of November at the\nlatest.\n",
        rows: &[],
        not_rows: &[
            "Conditions of Contract",
            "Pricing Document",
            "and expects deliveries",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score
/// 44/180: every line that binds nobody stays out of the matrix, and no unmarked item
/// under a heading or under a lead-in without ':' is a row, in any language.
/// 120/180 once a run of lines opening with a task's infinitive, imperative or German
/// noun of action is a list of its own, bound by a heading that names the work or
/// the profile asked, or by its lead-in: left are the items that open with a noun
/// ("Une copie du registre …", "Rapport de démarrage …", "Abgeschlossenes
/// Hochschulstudium …"), the lower-case items that go on a lead-in ("… aura pour
/// tâches de" / "recenser …") and a first item whose verb the tables lack ("Tondre").
/// 175/180 once a run of lines opening with a noun of a duty, a profile, a
/// deliverable or a document is a list too (`noun_items_probe.rs`): left are the
/// lower-case items and "Tondre".
const KNOWN_MISSES: &[&str] = &[
    "fr Responsabilités du titulaire, items finissant par ; et . | Tondre les pelouses des parcs au moins deux fois par mois d'avril à octobre",
    "fr lead-in sans deux-points Le consultant aura pour tâches de | concevoir la maquette du tableau de bord trimestriel",
    "fr lead-in sans deux-points Le consultant aura pour tâches de | former deux agents de la direction régionale à sa mise à jour",
    "fr lead-in sans deux-points Le consultant aura pour tâches de | proposer une batterie d'indicateurs de suivi du marché du travail",
    "fr lead-in sans deux-points Le consultant aura pour tâches de | recenser les sources statistiques disponibles sur l'emploi local",
];

#[test]
fn the_infinitive_items_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "infinitive items probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
