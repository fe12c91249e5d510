//! A probe of list items with no marker that open with a NOUN (issue 31, matrix
//! recall), written before the engine's code for unmarked items was read: small
//! documents of our own, mostly French terms of reference, whose tasks, profile,
//! deliverables and documents to enclose are noun phrases one per line ("Élaboration
//! d'un …", "Appui à …", "Expérience de …", "Maîtrise de …", "Rapport de …", "Une
//! copie de …"), or wrapped over two lines, under a heading naming them ("Missions du
//! consultant", "Activités à mener", "Profil requis", "Qualifications et expérience",
//! "Livrables attendus", "Produits attendus", "Pièces à fournir", "Composition du
//! dossier") or under a lead-in without ':' ("Le consultant sera chargé des tâches
//! suivantes"); the same in Spanish, Portuguese, Italian, English and German. Beside
//! them, noun lines that bind nobody: headings in a row, a table of contents, the
//! issuer's objectives and the results expected of the PROJECT, a context, an address
//! block, the issuer's departments, a heading's one-line subtitle.
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
        name: "fr Missions du consultant, noms d'action; Objectifs du projet avant",
        text: "Termes de référence\nAssistance technique au programme d'hydraulique villageoise\n\n1. Objectifs du projet\n\nAmélioration de l'accès à l'eau potable dans quarante villages\nRenforcement des comités de gestion des points d'eau\n\n2. Missions du consultant\n\nÉlaboration d'un plan de communication pour les comités villageois\nAppui aux communes pour la passation des contrats d'affermage\nSuivi des travaux de réhabilitation des forages existants\nOrganisation de deux sessions de formation des fontainiers\n",
        rows: &[
            "Élaboration d'un plan de communication pour les comités villageois",
            "Appui aux communes pour la passation des contrats d'affermage",
            "Suivi des travaux de réhabilitation des forages existants",
            "Organisation de deux sessions de formation des fontainiers",
        ],
        not_rows: &[
            "Amélioration de l'accès à l'eau potable",
            "Renforcement des comités de gestion",
        ],
    },
    Case {
        name: "fr Tâches du consultant, noms sur deux lignes",
        text: "Termes de référence\nRevue des dépenses publiques du secteur de l'éducation\n\nTâches du consultant\n\nCollecte des données budgétaires des cinq derniers exercices auprès\ndes directions financières des ministères concernés\nAnalyse de l'efficacité de la dépense par ordre d'enseignement\nRédaction d'une note de politique assortie de\nrecommandations chiffrées\n\nDurée de la mission\n\nLa mission durera quarante-cinq jours ouvrables.\n",
        rows: &[
            "Collecte des données budgétaires des cinq derniers exercices auprès des directions financières des ministères concernés",
            "Analyse de l'efficacité de la dépense par ordre d'enseignement",
            "Rédaction d'une note de politique assortie de recommandations chiffrées",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Activités à mener après un Contexte en lignes coupées",
        text: "Termes de référence\n\nContexte\n\nLe département a lancé en 2025 un programme de reboisement des berges\ndu fleuve qui couvre près de trois cents hectares répartis entre\nsix communes riveraines.\n\nActivités à mener\n\nInventaire des plants mis en terre lors des deux dernières campagnes\nÉvaluation du taux de survie par essence et par parcelle\nIdentification des causes principales de mortalité des jeunes plants\n",
        rows: &[
            "Inventaire des plants mis en terre lors des deux dernières campagnes",
            "Évaluation du taux de survie par essence et par parcelle",
            "Identification des causes principales de mortalité des jeunes plants",
        ],
        not_rows: &["du fleuve qui couvre près de trois cents hectares"],
    },
    Case {
        name: "fr lead-in sans deux-points Le consultant sera chargé des tâches suivantes",
        text: "Avis à manifestation d'intérêt\nÉtude sur la filière anacarde\n\nÉtendue de la mission\n\nLe consultant sera chargé des tâches suivantes\nCartographie des zones de production et des unités de transformation\nEstimation des volumes commercialisés par campagne\nProposition d'un mécanisme de fixation du prix plancher\n",
        rows: &[
            "Cartographie des zones de production et des unités de transformation",
            "Estimation des volumes commercialisés par campagne",
            "Proposition d'un mécanisme de fixation du prix plancher",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Résultats attendus du projet puis Mandat du prestataire",
        text: "Cahier des charges\nAccompagnement des jeunes entrepreneurs ruraux\n\nRésultats attendus du projet\n\nCréation de cent cinquante microentreprises viables\nAugmentation du revenu moyen des jeunes bénéficiaires\nInsertion durable des diplômés de la formation agricole\n\nMandat du prestataire\n\nSélection des porteurs de projets sur la base d'une grille validée\nAccompagnement individuel de chaque porteur pendant douze mois\nMise en relation des entreprises avec les institutions de microfinance\n",
        rows: &[
            "Sélection des porteurs de projets sur la base d'une grille validée",
            "Accompagnement individuel de chaque porteur pendant douze mois",
            "Mise en relation des entreprises avec les institutions de microfinance",
        ],
        not_rows: &[
            "Création de cent cinquante microentreprises",
            "Augmentation du revenu moyen",
            "Insertion durable des diplômés",
        ],
    },
    Case {
        name: "fr Prestations attendues, items finissant par ;",
        text: "Cahier des clauses techniques particulières\nNettoyage des locaux de la mairie annexe\n\nPrestations attendues\n\nNettoyage quotidien des bureaux, couloirs et sanitaires ;\nLavage mensuel des vitres intérieures et extérieures ;\nEnlèvement des déchets et tri sélectif des papiers ;\nFourniture des produits d'entretien écolabellisés.\n",
        rows: &[
            "Nettoyage quotidien des bureaux, couloirs et sanitaires",
            "Lavage mensuel des vitres intérieures et extérieures",
            "Enlèvement des déchets et tri sélectif des papiers",
            "Fourniture des produits d'entretien écolabellisés",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Description des tâches sur deux pages avec en-tête courant",
        text: "Termes de référence – recrutement d'un cabinet d'audit\n\nDescription des tâches\n\nVérification de la régularité des dépenses engagées sur le don\nContrôle des procédures de passation des marchés du projet\n=== page 2 ===\nTermes de référence – recrutement d'un cabinet d'audit\nExamen du système de contrôle interne de l'unité de gestion\nCertification des états financiers annuels du projet\n",
        rows: &[
            "Vérification de la régularité des dépenses engagées sur le don",
            "Contrôle des procédures de passation des marchés du projet",
            "Examen du système de contrôle interne de l'unité de gestion",
            "Certification des états financiers annuels du projet",
        ],
        not_rows: &[],
    },
    // French: profile.
    Case {
        name: "fr Profil requis, noms de profil",
        text: "Avis de recrutement\nSpécialiste en suivi-évaluation\n\nProfil requis\n\nDiplôme de niveau Master en statistique, économie ou sciences sociales\nExpérience d'au moins six années dans le suivi de programmes de développement\nConnaissance approfondie des logiciels d'enquête sur tablette\nMaîtrise de l'outil informatique et des bases de données relationnelles\n",
        rows: &[
            "Diplôme de niveau Master en statistique, économie ou sciences sociales",
            "Expérience d'au moins six années dans le suivi de programmes de développement",
            "Connaissance approfondie des logiciels d'enquête sur tablette",
            "Maîtrise de l'outil informatique et des bases de données relationnelles",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Qualifications et expérience, items sur deux lignes",
        text: "Termes de référence\nConsultant national en genre\n\nQualifications et expérience\n\nFormation universitaire de troisième cycle en sociologie, en droit ou dans\nune discipline voisine\nExpérience avérée dans l'intégration du genre aux politiques sectorielles\nPratique courante du français écrit et notions d'anglais\n",
        rows: &[
            "Formation universitaire de troisième cycle en sociologie, en droit ou dans une discipline voisine",
            "Expérience avérée dans l'intégration du genre aux politiques sectorielles",
            "Pratique courante du français écrit et notions d'anglais",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Profil du consultant; adresse de l'organisme",
        text: "Demande de propositions\n\nProfil du consultant\n\nExpérience de dix ans au moins en ingénierie des routes rurales\nRéférences dans la supervision de chantiers financés par des bailleurs\nConnaissance du contexte institutionnel de la région des lacs\n\nLes candidatures sont envoyées à\n\nAgence régionale des pistes rurales\nService administratif et financier\nQuartier des Manguiers, BP 418\n",
        rows: &[
            "Expérience de dix ans au moins en ingénierie des routes rurales",
            "Références dans la supervision de chantiers financés par des bailleurs",
            "Connaissance du contexte institutionnel de la région des lacs",
        ],
        not_rows: &[
            "Service administratif et financier",
            "Quartier des Manguiers",
        ],
    },
    Case {
        name: "fr Compétences et aptitudes, adjectif en tête",
        text: "Appel à candidatures\nChargé de communication du programme\n\nCompétences et aptitudes\n\nExcellente capacité rédactionnelle en français\nBonne connaissance des réseaux sociaux institutionnels\nSens de l'organisation et du travail en équipe\n",
        rows: &[
            "Excellente capacité rédactionnelle en français",
            "Bonne connaissance des réseaux sociaux institutionnels",
            "Sens de l'organisation et du travail en équipe",
        ],
        not_rows: &[],
    },
    // French: deliverables.
    Case {
        name: "fr Livrables attendus, noms nus",
        text: "Termes de référence\nÉlaboration du schéma directeur informatique\n\nLivrables attendus\n\nRapport de démarrage avec la méthodologie et le calendrier détaillé\nRapport d'état des lieux du parc applicatif et des réseaux\nSchéma directeur chiffré et phasé sur cinq ans\n",
        rows: &[
            "Rapport de démarrage avec la méthodologie et le calendrier détaillé",
            "Rapport d'état des lieux du parc applicatif et des réseaux",
            "Schéma directeur chiffré et phasé sur cinq ans",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Produits attendus, déterminants; Résultats attendus du projet avant",
        text: "Termes de référence\n\nRésultats attendus du projet\n\nRéduction de moitié des délais de délivrance des permis\nAmélioration de la satisfaction des usagers des guichets\n\nProduits attendus\n\nUne cartographie des processus de délivrance des permis\nUn manuel de procédures révisé et validé par la direction\nUn rapport final présentant le plan de mise en œuvre\n",
        rows: &[
            "Une cartographie des processus de délivrance des permis",
            "Un manuel de procédures révisé et validé par la direction",
            "Un rapport final présentant le plan de mise en œuvre",
        ],
        not_rows: &[
            "Réduction de moitié des délais",
            "Amélioration de la satisfaction des usagers",
        ],
    },
    Case {
        name: "fr Livrables, sommaire avant",
        text: "Dossier de consultation\n\nTable des matières\n\nPrésentation de l'organisme\nObjet de la consultation\nModalités de remise des offres\nCritères de sélection\n\nLivrables\n\nMaquette graphique du nouveau site en trois variantes\nVersion en ligne du site avec ses contenus migrés\nGuide d'administration à l'usage des agents\n",
        rows: &[
            "Maquette graphique du nouveau site en trois variantes",
            "Version en ligne du site avec ses contenus migrés",
            "Guide d'administration à l'usage des agents",
        ],
        not_rows: &["Modalités de remise des offres", "Critères de sélection"],
    },
    // French: documents.
    Case {
        name: "fr Pièces à fournir, déterminants; lieu de dépôt",
        text: "Avis d'appel d'offres\nAcquisition de motos pour les agents vétérinaires\n\nPièces à fournir\n\nUne copie certifiée du registre du commerce et du crédit mobilier\nUne attestation de régularité fiscale de l'année en cours\nUn certificat de non-faillite délivré par le tribunal\nLa caution de soumission établie par une banque agréée\n\nLieu de dépôt des offres\n\nDirection des affaires financières\nBureau des marchés, porte 12\nAvenue de l'Indépendance\n",
        rows: &[
            "Une copie certifiée du registre du commerce et du crédit mobilier",
            "Une attestation de régularité fiscale de l'année en cours",
            "Un certificat de non-faillite délivré par le tribunal",
            "La caution de soumission établie par une banque agréée",
        ],
        not_rows: &["Bureau des marchés, porte 12", "Avenue de l'Indépendance"],
    },
    Case {
        name: "fr Composition du dossier, noms nus",
        text: "Appel à projets culturels 2027\n\nComposition du dossier\n\nFormulaire de candidature complété et signé par le représentant légal\nBudget prévisionnel équilibré du projet\nRelevé d'identité bancaire de la structure\nStatuts de l'association et liste des membres du bureau\n",
        rows: &[
            "Formulaire de candidature complété et signé par le représentant légal",
            "Budget prévisionnel équilibré du projet",
            "Relevé d'identité bancaire de la structure",
            "Statuts de l'association et liste des membres du bureau",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Documents à joindre, items sur deux lignes",
        text: "Règlement de la consultation\n\nArticle 6 – Documents à joindre\n\nLa liste des références de chantiers comparables exécutés durant\nles cinq dernières années\nLe mémoire justificatif des dispositions prises pour la sécurité\nLes certificats de qualification professionnelle de l'entreprise\n",
        rows: &[
            "La liste des références de chantiers comparables exécutés durant les cinq dernières années",
            "Le mémoire justificatif des dispositions prises pour la sécurité",
            "Les certificats de qualification professionnelle de l'entreprise",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr lead-in sans deux-points L'offre technique comprendra",
        text: "Demande de propositions\n\nContenu de la proposition\n\nL'offre technique comprendra les éléments suivants\nNote de compréhension des termes de référence\nMéthodologie et plan de travail détaillés\nComposition de l'équipe et répartition des tâches\n",
        rows: &[
            "Note de compréhension des termes de référence",
            "Méthodologie et plan de travail détaillés",
            "Composition de l'équipe et répartition des tâches",
        ],
        not_rows: &[],
    },
    // French: noun lines that bind nobody.
    Case {
        name: "fr titres en série puis paragraphe",
        text: "Termes de référence\n\nPrésentation du projet\nOrganisation de la mission\nCalendrier\n\nLe projet de désenclavement couvre deux provinces du nord et associe\nles collectivités locales à l'entretien des pistes réhabilitées.\n",
        rows: &[],
        not_rows: &[
            "Présentation du projet",
            "Organisation de la mission",
            "les collectivités locales à l'entretien",
        ],
    },
    Case {
        name: "fr Table des matières seule",
        text: "Dossier d'appel d'offres\n\nTable des matières\n\nAvis d'appel d'offres\nInstructions aux candidats\nDonnées particulières de l'appel d'offres\nCahier des clauses administratives générales\nFormulaires de soumission\n",
        rows: &[],
        not_rows: &[
            "Instructions aux candidats",
            "Données particulières",
            "Formulaires de soumission",
        ],
    },
    Case {
        name: "fr Objectifs spécifiques seuls, noms d'action",
        text: "Termes de référence\n\nObjectifs spécifiques\n\nRenforcement de la gouvernance locale de l'eau\nAmélioration du recouvrement des redevances\nDiversification des sources de financement des services\n\nLe présent document décrit le cadre général de l'intervention.\n",
        rows: &[],
        not_rows: &[
            "Renforcement de la gouvernance locale",
            "Amélioration du recouvrement",
            "Diversification des sources de financement",
        ],
    },
    Case {
        name: "fr Résultats attendus du projet seuls",
        text: "Note conceptuelle\n\nRésultats attendus du projet\n\nAugmentation du taux de scolarisation des filles en zone rurale\nRéduction du nombre d'abandons en fin de cycle primaire\nAmélioration des résultats aux examens nationaux\n",
        rows: &[],
        not_rows: &[
            "Augmentation du taux de scolarisation",
            "Réduction du nombre d'abandons",
            "Amélioration des résultats aux examens",
        ],
    },
    Case {
        name: "fr directions du ministère puis bloc d'adresse",
        text: "Termes de référence\n\nCadre institutionnel\n\nLe ministère est organisé en\nDirection de la planification et des statistiques\nDirection des infrastructures scolaires\nInspection générale des services\n\nContact\n\nSecrétariat général du ministère\nBâtiment B, troisième étage\nRue des Écoles, Ville Haute\n",
        rows: &[],
        not_rows: &[
            "Direction de la planification",
            "Direction des infrastructures scolaires",
            "Inspection générale des services",
            "Bâtiment B, troisième étage",
        ],
    },
    Case {
        name: "fr Mission suivie d'un seul sous-titre",
        text: "Termes de référence\n\nMission\n\nÉvaluation finale du programme de santé communautaire\n\nLe programme, financé par la coopération bilatérale, a été mis en œuvre\nentre 2021 et 2025 dans trois districts sanitaires.\n",
        rows: &[],
        not_rows: &["Évaluation finale du programme de santé communautaire"],
    },
    Case {
        name: "fr Contexte en noms, puis Missions",
        text: "Termes de référence\n\nContexte et justification\n\nForte croissance urbaine dans la capitale régionale\nSaturation des marchés de quartier existants\n\nMissions du bureau d'études\n\nDiagnostic des flux commerciaux autour des marchés actuels\nConception de l'esquisse d'un nouveau marché de gros\nEstimation du coût des travaux et des recettes attendues\n",
        rows: &[
            "Diagnostic des flux commerciaux autour des marchés actuels",
            "Conception de l'esquisse d'un nouveau marché de gros",
            "Estimation du coût des travaux et des recettes attendues",
        ],
        not_rows: &[
            "Forte croissance urbaine",
            "Saturation des marchés de quartier",
        ],
    },
    // French: items parted by blank lines; a first item that kept its dash.
    Case {
        name: "fr 3.2. Tâches, noms séparés par des lignes vides",
        text: "Termes de référence\n\n3.2. Tâches du consultant\n\nÉlaboration d'un plan de travail détaillé avec son chronogramme\n\nAppui aux équipes régionales dans la collecte des données\n\nRédaction du rapport final de la mission\n\n3.3. Durée\n\nLa mission s'étend sur trois mois.\n",
        rows: &[
            "Élaboration d'un plan de travail détaillé avec son chronogramme",
            "Appui aux équipes régionales dans la collecte des données",
            "Rédaction du rapport final de la mission",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Qualifications requises, premier item avec tiret",
        text: "Termes de référence\n\n6. Qualifications requises\n\n- Diplôme universitaire en génie civil\nExpérience de cinq ans au moins dans le suivi de chantiers\nConnaissance des procédures nationales de passation\n",
        rows: &[
            "Diplôme universitaire en génie civil",
            "Expérience de cinq ans au moins dans le suivi de chantiers",
            "Connaissance des procédures nationales de passation",
        ],
        not_rows: &[],
    },
    // Spanish.
    Case {
        name: "es Actividades del consultor, sustantivos; Objetivos del proyecto antes",
        text: "Términos de referencia\n\nObjetivos del proyecto\n\nMejora de la calidad del agua en las microcuencas altas\nFortalecimiento de las juntas administradoras de agua\n\nActividades del consultor\n\nElaboración de un diagnóstico de las fuentes de abastecimiento\nRevisión de las tarifas vigentes en cada sistema comunitario\nCapacitación de los fontaneros en mantenimiento preventivo\n",
        rows: &[
            "Elaboración de un diagnóstico de las fuentes de abastecimiento",
            "Revisión de las tarifas vigentes en cada sistema comunitario",
            "Capacitación de los fontaneros en mantenimiento preventivo",
        ],
        not_rows: &[
            "Mejora de la calidad del agua",
            "Fortalecimiento de las juntas",
        ],
    },
    Case {
        name: "es Perfil requerido, sustantivos de perfil",
        text: "Convocatoria\nEspecialista en adquisiciones\n\nPerfil requerido\n\nTítulo universitario en derecho, administración o ingeniería\nExperiencia mínima de cinco años en compras públicas\nConocimiento de las normas de adquisiciones de la banca multilateral\n",
        rows: &[
            "Título universitario en derecho, administración o ingeniería",
            "Experiencia mínima de cinco años en compras públicas",
            "Conocimiento de las normas de adquisiciones de la banca multilateral",
        ],
        not_rows: &[],
    },
    Case {
        name: "es Documentación a presentar; dirección del organismo",
        text: "Pliego de condiciones\n\nDocumentación a presentar\n\nCopia del documento de identidad del representante legal\nCertificado de estar al corriente con la seguridad social\nDeclaración responsable de no estar incurso en prohibición de contratar\n\nÓrgano de contratación\n\nConsejería de Medio Ambiente\nServicio de Contratación\nCalle Mayor 22, segunda planta\n",
        rows: &[
            "Copia del documento de identidad del representante legal",
            "Certificado de estar al corriente con la seguridad social",
            "Declaración responsable de no estar incurso en prohibición de contratar",
        ],
        not_rows: &["Servicio de Contratación", "Calle Mayor 22"],
    },
    // Portuguese.
    Case {
        name: "pt Atividades a desenvolver, substantivos",
        text: "Termo de referência\nConsultoria para o plano municipal de saneamento\n\nAtividades a desenvolver\n\nElaboração do diagnóstico dos serviços de água e esgoto\nRealização de audiências públicas nos bairros atendidos\nApoio à equipe municipal na redação da minuta de lei\n",
        rows: &[
            "Elaboração do diagnóstico dos serviços de água e esgoto",
            "Realização de audiências públicas nos bairros atendidos",
            "Apoio à equipe municipal na redação da minuta de lei",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt Perfil do consultor, substantivos; Objetivos antes",
        text: "Termo de referência\n\nObjetivos\n\nAmpliação da cobertura vacinal nas áreas indígenas\nRedução da mortalidade infantil por causas evitáveis\n\nPerfil do consultor\n\nFormação superior em saúde coletiva ou enfermagem\nExperiência comprovada em vigilância epidemiológica\nDomínio de ferramentas de análise de dados em saúde\n",
        rows: &[
            "Formação superior em saúde coletiva ou enfermagem",
            "Experiência comprovada em vigilância epidemiológica",
            "Domínio de ferramentas de análise de dados em saúde",
        ],
        not_rows: &[
            "Ampliação da cobertura vacinal",
            "Redução da mortalidade infantil",
        ],
    },
    // Italian.
    Case {
        name: "it Attività richieste, sostantivi",
        text: "Capitolato tecnico\nServizio di supporto al piano del verde urbano\n\nAttività richieste\n\nRedazione del censimento delle alberature stradali\nOrganizzazione di tre incontri pubblici con i quartieri\nSupporto agli uffici tecnici nella scelta delle specie\n",
        rows: &[
            "Redazione del censimento delle alberature stradali",
            "Organizzazione di tre incontri pubblici con i quartieri",
            "Supporto agli uffici tecnici nella scelta delle specie",
        ],
        not_rows: &[],
    },
    Case {
        name: "it Requisiti professionali; uffici dell'ente",
        text: "Avviso pubblico\n\nUffici dell'ente\n\nSettore Lavori Pubblici\nSettore Servizi Sociali\nUfficio Protocollo\n\nRequisiti professionali\n\nLaurea magistrale in ingegneria civile o architettura\nEsperienza di almeno tre anni nella direzione lavori di opere pubbliche\nConoscenza dei principali software di progettazione\n",
        rows: &[
            "Laurea magistrale in ingegneria civile o architettura",
            "Esperienza di almeno tre anni nella direzione lavori di opere pubbliche",
            "Conoscenza dei principali software di progettazione",
        ],
        not_rows: &["Settore Servizi Sociali", "Ufficio Protocollo"],
    },
    // English.
    Case {
        name: "en Scope of work, nouns of action; Project objectives before",
        text: "Terms of Reference\n\nProject objectives\n\nImprovement of maternal health outcomes in the northern districts\nReduction of stock-outs of essential medicines\n\nScope of work\n\nDevelopment of a supply chain assessment tool for district stores\nReview of the current ordering and reporting forms\nPreparation of a costed improvement plan for the ministry\n",
        rows: &[
            "Development of a supply chain assessment tool for district stores",
            "Review of the current ordering and reporting forms",
            "Preparation of a costed improvement plan for the ministry",
        ],
        not_rows: &[
            "Improvement of maternal health outcomes",
            "Reduction of stock-outs",
        ],
    },
    Case {
        name: "en Qualifications and experience, profile nouns",
        text: "Vacancy Announcement\nWater Sanitation and Hygiene Specialist\n\nQualifications and experience\n\nMaster's degree in environmental engineering or public health\nExperience of at least eight years in rural sanitation programmes\nKnowledge of community-led total sanitation approaches\n",
        rows: &[
            "Master's degree in environmental engineering or public health",
            "Experience of at least eight years in rural sanitation programmes",
            "Knowledge of community-led total sanitation approaches",
        ],
        not_rows: &[],
    },
    Case {
        name: "en Background and contents, no items",
        text: "Request for Proposals\n\nContents\n\nIntroduction\nBackground to the Programme\nEvaluation Criteria\nSubmission Procedures\n\nBackground\n\nStrong growth of informal settlements around the port city\nLimited capacity of the municipal planning department\n",
        rows: &[],
        not_rows: &[
            "Background to the Programme",
            "Evaluation Criteria",
            "Strong growth of informal settlements",
            "Limited capacity of the municipal planning",
        ],
    },
    // German.
    Case {
        name: "de Anforderungen an die Projektleitung, Substantive",
        text: "Leistungsbeschreibung\n\nAnforderungen an die Projektleitung\n\nHochschulabschluss in Stadtplanung oder Geographie\nErfahrung in der Moderation von Bürgerbeteiligungsverfahren\nKenntnisse im Umgang mit Geoinformationssystemen\n",
        rows: &[
            "Hochschulabschluss in Stadtplanung oder Geographie",
            "Erfahrung in der Moderation von Bürgerbeteiligungsverfahren",
            "Kenntnisse im Umgang mit Geoinformationssystemen",
        ],
        not_rows: &[],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score
/// 49/140: every noun line that binds nobody stays out of the matrix, and no noun
/// item under a heading naming the work, the profile, the deliverables or the
/// documents is a row, in any language (but two of one wrapped French list).
/// 140/140 once a run of lines opening with a noun of a duty, a profile, a
/// deliverable or a document is a list of its own under a heading that names them
/// or a lead-in of "the following" (engine/src/requirements/tasks.rs). Two cases
/// added after that rule (items parted by blank lines; a first item that kept its
/// dash) read 5/6 at once: the last of the items parted by blank lines, a short line
/// alone before the next heading, is no row.
const KNOWN_MISSES: &[&str] = &[
    "fr 3.2. Tâches, noms séparés par des lignes vides | Rédaction du rapport final de la mission",
];

#[test]
fn the_noun_items_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "noun items probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
