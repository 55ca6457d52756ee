// mongo-init of docker-compose.yml (mongosh --nodb): initiates the replica set rs0 with its three members on the
// first run, then creates or updates one user per service database, with readWrite on that database only. Every
// step is idempotent: the container runs at each `docker compose up` and the services wait for it to succeed.
// Environment: MONGO_ROOT_USERNAME / MONGO_ROOT_PASSWORD (the root user mongo1 created at its first start) and one
// password variable per service (SERVICE_USERS below; deployment/ComposeFileTest checks them against the services'
// MONGODB_URI in docker-compose.yml).

const REPLICA_SET = 'rs0';
const MEMBERS = [
  // the first member is preferred as primary (it holds the root user from the start)
  { _id: 0, host: 'mongo1:27017', priority: 2 },
  { _id: 1, host: 'mongo2:27017', priority: 1 },
  { _id: 2, host: 'mongo3:27017', priority: 1 },
];
// database (= user name) → variable holding its password
const SERVICE_USERS = {
  'venue-service': 'MONGO_VENUE_SERVICE_PASSWORD',
  'referral-service': 'MONGO_REFERRAL_SERVICE_PASSWORD',
  'notification-service': 'MONGO_NOTIFICATION_SERVICE_PASSWORD',
};

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function waitFor(what, condition, seconds) {
  for (let i = 0; i < seconds; i++) {
    try {
      if (condition()) {
        return;
      }
    } catch (e) {
      // not yet: elections, members still joining
    }
    sleep(1000);
  }
  throw new Error(`${what}: still not the case after ${seconds} s`);
}

const credentials = encodeURIComponent(required('MONGO_ROOT_USERNAME')) + ':'
  + encodeURIComponent(required('MONGO_ROOT_PASSWORD'));

// 1. the replica set, once: mongo1 alone answers before rs0 exists
const first = connect(`mongodb://${credentials}@mongo1:27017/admin?directConnection=true&authSource=admin`);
let initiated = true;
try {
  first.adminCommand({ replSetGetStatus: 1 });
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  initiated = false;
}
if (!initiated) {
  print(`initiating replica set ${REPLICA_SET}: ${MEMBERS.map((m) => m.host).join(', ')}`);
  first.adminCommand({ replSetInitiate: { _id: REPLICA_SET, members: MEMBERS } });
  waitFor('mongo1 elected primary', () => first.adminCommand({ hello: 1 }).isWritablePrimary === true, 120);
}

// 2. users, on whichever member is primary now
const hosts = MEMBERS.map((m) => m.host).join(',');
const admin = connect(`mongodb://${credentials}@${hosts}/admin?replicaSet=${REPLICA_SET}&authSource=admin`);
waitFor('a primary elected', () => admin.adminCommand({ hello: 1 }).primary !== undefined, 120);
for (const [database, variable] of Object.entries(SERVICE_USERS)) {
  const db = admin.getSiblingDB(database);
  const roles = [{ role: 'readWrite', db: database }];
  const password = required(variable);
  if (db.getUser(database) === null) {
    db.createUser({ user: database, pwd: password, roles }, { w: 'majority' });
    print(`user ${database} created`);
  } else {
    db.updateUser(database, { pwd: password, roles }, { w: 'majority' });
    print(`user ${database} updated`);
  }
}
waitFor('every member up', () => admin.adminCommand({ replSetGetStatus: 1 }).members
  .every((m) => m.health === 1 && (m.stateStr === 'PRIMARY' || m.stateStr === 'SECONDARY')), 120);
print(`replica set ${REPLICA_SET} ready`);
