import GRDB

/// The store's tables, created and upgraded by migrations.
///
/// - `cable`: one row per cable ingested, with its content hash and the metadata filters use.
/// - `cable_node`, `cable_edge`, `sentence`, `evidence`: each cable's own contribution (what its fragment
///   said about each node and edge, and the sentences behind each edge), so that a changed cable can take
///   its contribution back out.
/// - `node`, `edge`: the merged graph, kept up to date on every ingest, indexed for lookups by name and by
///   endpoint; `name`: every normalized name, alias and acronym of a node.
enum StoreSchema {
    static let version = "v1"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(version) { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE cable (
                    id INTEGER PRIMARY KEY,
                    cable_id TEXT NOT NULL UNIQUE,
                    source_id TEXT NOT NULL,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    date TEXT,
                    classification TEXT,
                    origin TEXT,
                    tags TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    ingested_at TEXT NOT NULL);
                CREATE INDEX cable_by_hash ON cable(content_hash);
                CREATE INDEX cable_by_date ON cable(date);
                CREATE TABLE node (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL,
                    label TEXT NOT NULL,
                    country TEXT,
                    mention_count INTEGER NOT NULL,
                    cable_count INTEGER NOT NULL,
                    first_seen TEXT,
                    last_seen TEXT,
                    aliases TEXT NOT NULL,
                    properties TEXT NOT NULL,
                    label_votes TEXT NOT NULL);
                CREATE INDEX node_by_type ON node(type);
                CREATE TABLE edge (
                    id INTEGER PRIMARY KEY,
                    source INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    target INTEGER NOT NULL,
                    weight INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    evidence_count INTEGER NOT NULL,
                    properties TEXT NOT NULL);
                CREATE UNIQUE INDEX edge_by_source ON edge(source, type, target);
                CREATE INDEX edge_by_target ON edge(target, type);
                CREATE INDEX edge_by_type ON edge(type, weight);
                CREATE TABLE cable_node (
                    cable INTEGER NOT NULL,
                    node INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    aliases TEXT NOT NULL,
                    country TEXT,
                    mention_count INTEGER NOT NULL,
                    cables TEXT NOT NULL,
                    first_seen TEXT,
                    last_seen TEXT,
                    properties TEXT NOT NULL,
                    label_votes TEXT NOT NULL,
                    PRIMARY KEY (cable, node)) WITHOUT ROWID;
                CREATE INDEX cable_node_by_node ON cable_node(node);
                CREATE TABLE cable_edge (
                    cable INTEGER NOT NULL,
                    edge INTEGER NOT NULL,
                    weight INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    properties TEXT NOT NULL,
                    PRIMARY KEY (cable, edge)) WITHOUT ROWID;
                CREATE INDEX cable_edge_by_edge ON cable_edge(edge);
                CREATE TABLE sentence (
                    id INTEGER PRIMARY KEY,
                    cable INTEGER NOT NULL,
                    cited_cable TEXT,
                    paragraph TEXT,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL);
                CREATE INDEX sentence_by_cable ON sentence(cable);
                CREATE TABLE evidence (
                    edge INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    cable INTEGER NOT NULL,
                    PRIMARY KEY (edge, sentence)) WITHOUT ROWID;
                CREATE INDEX evidence_by_cable ON evidence(cable);
                CREATE TABLE name (
                    key TEXT NOT NULL,
                    node INTEGER NOT NULL,
                    kind INTEGER NOT NULL,
                    PRIMARY KEY (key, node)) WITHOUT ROWID;
                CREATE INDEX name_by_node ON name(node);
                """)
        }
        return migrator
    }
}
