#include "DemoDataGenerator.h"

#include "AccessPolicy.h"
#include "Connection.h"
#include "Failure.h"
#include "MealRequestStatus.h"
#include "Role.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <iterator>

namespace {

// Every demo database starts from this seed: same sizes, same rows.
constexpr quint32 demoSeed = 0x4d65616c;

constexpr int requestDays = 60;
constexpr qint64 secondsPerDay = 86400;

struct Bilingual {
    QStringView en;
    QStringView ar;
};

// Divisions first: the first departments become the roots of the tree.
constexpr Bilingual departmentNames[] = {
    {u"Operations", u"العمليات"},
    {u"Administration", u"الإدارة"},
    {u"Engineering", u"الهندسة"},
    {u"Support Services", u"الخدمات المساندة"},
    {u"Kitchen", u"المطبخ"},
    {u"Catering", u"التموين"},
    {u"Maintenance", u"الصيانة"},
    {u"Finance", u"المالية"},
    {u"Human Resources", u"الموارد البشرية"},
    {u"Information Technology", u"تقنية المعلومات"},
    {u"Security", u"الأمن"},
    {u"Logistics", u"الخدمات اللوجستية"},
    {u"Procurement", u"المشتريات"},
    {u"Warehouse", u"المستودع"},
    {u"Quality Control", u"مراقبة الجودة"},
    {u"Production Line A", u"خط الإنتاج أ"},
    {u"Production Line B", u"خط الإنتاج ب"},
    {u"Health and Safety", u"الصحة والسلامة"},
    {u"Transport", u"النقل"},
    {u"Laboratory", u"المختبر"},
    {u"Customer Service", u"خدمة العملاء"},
    {u"Legal Affairs", u"الشؤون القانونية"},
    {u"Training", u"التدريب"},
    {u"Facilities", u"المرافق"},
};

constexpr Bilingual maleNames[] = {
    {u"Ahmed", u"أحمد"},       {u"Mohammed", u"محمد"}, {u"Omar", u"عمر"},
    {u"Ali", u"علي"},          {u"Khalid", u"خالد"},   {u"Youssef", u"يوسف"},
    {u"Hassan", u"حسن"},       {u"Hussein", u"حسين"},  {u"Ibrahim", u"إبراهيم"},
    {u"Abdullah", u"عبدالله"}, {u"Tariq", u"طارق"},    {u"Karim", u"كريم"},
    {u"Samir", u"سمير"},       {u"Faisal", u"فيصل"},   {u"Majid", u"ماجد"},
    {u"Rashid", u"راشد"},      {u"Hamza", u"حمزة"},    {u"Bilal", u"بلال"},
    {u"Saeed", u"سعيد"},       {u"Mustafa", u"مصطفى"}, {u"Walid", u"وليد"},
    {u"Jamal", u"جمال"},
};

constexpr Bilingual femaleNames[] = {
    {u"Fatima", u"فاطمة"}, {u"Aisha", u"عائشة"},   {u"Sara", u"سارة"},     {u"Layla", u"ليلى"},
    {u"Mariam", u"مريم"},  {u"Noor", u"نور"},      {u"Zainab", u"زينب"},   {u"Salma", u"سلمى"},
    {u"Huda", u"هدى"},     {u"Rania", u"رانيا"},   {u"Yasmin", u"ياسمين"}, {u"Nadia", u"نادية"},
    {u"Amina", u"أمينة"},  {u"Dina", u"دينا"},     {u"Reem", u"ريم"},      {u"Hana", u"هناء"},
    {u"Lina", u"لينا"},    {u"Khadija", u"خديجة"},
};

constexpr Bilingual familyNames[] = {
    {u"Al-Harbi", u"الحربي"},
    {u"Al-Otaibi", u"العتيبي"},
    {u"Al-Qahtani", u"القحطاني"},
    {u"Al-Ghamdi", u"الغامدي"},
    {u"Al-Zahrani", u"الزهراني"},
    {u"Al-Shehri", u"الشهري"},
    {u"Al-Mutairi", u"المطيري"},
    {u"Al-Dosari", u"الدوسري"},
    {u"Haddad", u"حداد"},
    {u"Khoury", u"خوري"},
    {u"Mansour", u"منصور"},
    {u"Nasser", u"ناصر"},
    {u"Saleh", u"صالح"},
    {u"Hamdan", u"حمدان"},
    {u"Al-Amin", u"الأمين"},
    {u"Barakat", u"بركات"},
    {u"Darwish", u"درويش"},
    {u"Farouk", u"فاروق"},
    {u"Habib", u"حبيب"},
    {u"Jaber", u"جابر"},
    {u"Kassem", u"قاسم"},
    {u"Mahmoud", u"محمود"},
    {u"Al-Najjar", u"النجار"},
    {u"Qureshi", u"قريشي"},
    {u"Rahman", u"رحمن"},
    {u"Al-Sabbagh", u"الصباغ"},
    {u"Taha", u"طه"},
    {u"Yassin", u"ياسين"},
    {u"Zaki", u"زكي"},
    {u"Awad", u"عوض"},
};

constexpr QStringView titles[] = {
    u"Cook",          u"Chef",           u"Kitchen Assistant", u"Technician",
    u"Engineer",      u"Supervisor",     u"Accountant",        u"Clerk",
    u"Driver",        u"Security Guard", u"Storekeeper",       u"Operator",
    u"Analyst",       u"Coordinator",    u"Manager",           u"Electrician",
    u"Lab Assistant", u"Nurse",
};

constexpr QStringView requestNotes[] = {
    u"Overtime shift",
    u"وردية إضافية",
    u"Night shift",
    u"وردية ليلية",
    u"Visitors from head office",
    u"زوار من المكتب الرئيسي",
    u"Training day",
    u"يوم تدريبي",
    u"Stock count",
    u"جرد المستودع",
};

constexpr QStringView lineNotes[] = {
    u"Vegetarian", u"نباتي", u"No dairy", u"بدون سكر", u"Diabetic meal", u"Late arrival",
};

constexpr QStringView revokeReasons[] = {
    u"Signed out everywhere",     u"Device reported lost", u"Suspicious activity",
    u"Employee left the company", u"Password changed",     u"Token leaked in a support ticket",
};

// Stored as a browser sends them (DOMAIN.md: normalised form).
constexpr Bilingual origins[] = {
    {u"https://app.example.com", u"Production web app"},
    {u"http://localhost:5173", u"Vite dev server"},
    {u"https://meals.example.com", u"Meal ordering portal"},
    {u"http://localhost:3000", u"Local front end"},
    {u"https://admin.example.com:8443", u"Admin portal"},
    {u"http://127.0.0.1:8080", u"Local reverse proxy"},
    {u"https://[2001:db8::1]", u"IPv6 test host"},
    {u"https://xn--fa-hia.de", u"Partner in Germany (faß.de)"},
    {u"https://staging.example.org", u"Staging"},
    {u"http://192.168.1.20:5173", u"Office test machine"},
    {u"https://intranet.example.net", u"Intranet"},
    {u"https://xn--mgbh0fb.example", u"بوابة تجريبية (مثال)"},
};

template <typename T, size_t N> const T& pick(const T (&list)[N], int index)
{
    return list[static_cast<size_t>(index) % N];
}

QString joinNames(QStringView first, QStringView father, QStringView family)
{
    QString name;
    name.reserve(first.size() + father.size() + family.size() + 2);
    name.append(first)
        .append(QLatin1Char(' '))
        .append(father)
        .append(QLatin1Char(' '))
        .append(family);
    return name;
}

QVariant null()
{
    return QVariant();
}

QString titleFor(const Actor& account)
{
    if (account.superAdmin)
        return QStringLiteral("System Administrator");
    switch (account.role) {
    case Role::Requester:
        return QStringLiteral("Shift Supervisor");
    case Role::RequestTaker:
        return QStringLiteral("Kitchen Coordinator");
    case Role::Captain:
        return QStringLiteral("Catering Captain");
    case Role::StockControl:
        return QStringLiteral("Storekeeper");
    }
    return {};
}

} // namespace

// Collects rows and sends them as one INSERT ... VALUES (?, ..), (?, ..) per few hundred rows.
// Rows that refer to another batch's rows name it as `parent`: it is flushed first.
class DemoDataGenerator::Batch {
public:
    Batch(Connection& connection, QStringView table, const QStringList& columns,
          Batch* parent = nullptr)
        : m_c(connection)
        , m_parent(parent)
        , m_columns(static_cast<int>(columns.size()))
        // SQLite binds at most 32766 values per statement.
        , m_rowsPerStatement(std::min(500, 30000 / m_columns))
        , m_prefix(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                       .arg(table, columns.join(QStringLiteral(", "))))
        , m_row(QLatin1Char('(') +
                QStringList(m_columns, QStringLiteral("?")).join(QStringLiteral(", ")) +
                QLatin1Char(')'))
    {
        m_values.reserve(qsizetype{m_rowsPerStatement} * m_columns);
    }

    void add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(static_cast<int>(row.size()) == m_columns);
        for (const QVariant& value : row)
            m_values.append(value);
        if (++m_rows == m_rowsPerStatement)
            flush();
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        if (m_parent)
            m_parent->flush();
        if (m_rows == m_rowsPerStatement && m_fullSql.isEmpty())
            m_fullSql = sql(m_rows);
        m_c.exec(m_rows == m_rowsPerStatement ? m_fullSql : sql(m_rows), m_values);
        m_values.clear();
        m_rows = 0;
    }

private:
    QString sql(int rows) const
    {
        return m_prefix + QStringList(rows, m_row).join(QStringLiteral(", "));
    }

    Connection& m_c;
    Batch* const m_parent;
    const int m_columns;
    const int m_rowsPerStatement;
    const QString m_prefix;
    const QString m_row;
    QString m_fullSql;
    QVariantList m_values;
    int m_rows = 0;
};

DemoDataGenerator::DemoDataGenerator(Connection& connection, const Seeder::DemoSizes& sizes,
                                     QList<HashedAccount> accounts, const QDateTime& now)
    : m_c(connection)
    , m_sizes(sizes)
    , m_hashed(std::move(accounts))
    , m_now(now.toUTC())
    , m_rng(demoSeed)
{
}

void DemoDataGenerator::run()
{
    Statement types = m_c.exec(QStringLiteral("SELECT id FROM meal_type WHERE is_active = ? "
                                              "ORDER BY priority DESC, id"),
                               {true});
    while (types.next())
        m_mealTypes << types.value(0).toLongLong();

    if (m_c.isPostgres()) {
        writeAll();
        // Until autovacuum comes by (up to a minute) the planner knows nothing of rows loaded a
        // moment ago, and plans a keyset page of a million employees as a full scan and sort
        // (0.2 s instead of 7 ms). ANALYZE may run inside the transaction and sees its rows.
        m_c.execDirect(QStringLiteral("ANALYZE"));
        return;
    }
    // With SQLite's default 2 MB page cache a transaction this large spills index pages to the
    // WAL and reads them back again and again: a large cache for its duration saves about a
    // third of the time. PRAGMA takes no bound values; the saved size is a number we read.
    QString restore;
    {
        Statement cache = m_c.exec(QStringLiteral("PRAGMA cache_size"));
        cache.next();
        restore = QStringLiteral("PRAGMA cache_size = %1").arg(cache.value(0).toInt());
    }
    m_c.execDirect(QStringLiteral("PRAGMA cache_size = -262144"));
    try {
        writeAll();
    } catch (...) {
        try {
            m_c.execDirect(restore);
        } catch (const Failure&) {
            // The first error is the one to report; a broken connection is reopened anyway.
        }
        throw;
    }
    m_c.execDirect(restore);
}

void DemoDataGenerator::writeAll()
{
    writeDepartments();
    writeEmployees();
    writeAccounts();
    writeMealRequests();
    writeRevokedTokens();
    writeOrigins();
    writeAuditRow();
    advanceSequences();
}

void DemoDataGenerator::writeDepartments()
{
    const int count = m_sizes.departments;
    const int roots = std::clamp(count / 6, 1, 4);
    const int named = static_cast<int>(std::size(departmentNames));
    Batch batch(m_c, u"department",
                {QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_ar"),
                 QStringLiteral("parent_id")});
    for (int i = 0; i < count; ++i) {
        const Bilingual& name = pick(departmentNames, i);
        QString en = name.en.toString();
        QString ar = name.ar.toString();
        if (i >= named) {
            const QString round = QString::number(i / named + 1);
            en += QLatin1Char(' ') + round;
            ar += QLatin1Char(' ') + round;
        }
        // A parent always has a smaller id: the tree has no cycles.
        const QVariant parent = i < roots ? null() : QVariant(qint64(bounded(i) + 1));
        batch.add({qint64(i + 1), en, ar, parent});
    }
    batch.flush();
    m_activeByDepartment.assign(static_cast<size_t>(count), {});
}

void DemoDataGenerator::writeEmployees()
{
    const int count = m_sizes.employees;
    const int departments = m_sizes.departments;
    m_employees.reserve(static_cast<size_t>(count));
    Batch batch(m_c, u"employee",
                {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name_en"),
                 QStringLiteral("name_ar"), QStringLiteral("title"), QStringLiteral("is_active"),
                 QStringLiteral("department_id")});
    const int maleCount = static_cast<int>(std::size(maleNames));
    const int firstCount = maleCount + static_cast<int>(std::size(femaleNames));
    for (int i = 0; i < count; ++i) {
        // Ids and codes rise with gaps, as HR numbers do, and never repeat.
        const qint64 id = 10000 + qint64(i) * 7 + bounded(7);
        const int code = 100000 + i * 3 + bounded(3);
        const int firstIndex = bounded(firstCount);
        const Bilingual& first = firstIndex < maleCount ? pick(maleNames, firstIndex)
                                                        : pick(femaleNames, firstIndex - maleCount);
        const Bilingual& father = pick(maleNames, bounded(maleCount));
        const Bilingual& family = pick(familyNames, bounded(int(std::size(familyNames))));
        const int presence = bounded(100); // a few have one name only
        const QString en = presence < 2 ? QString() : joinNames(first.en, father.en, family.en);
        const QString ar = presence == 2 ? QString() : joinNames(first.ar, father.ar, family.ar);
        const QVariant title =
            chance(10) ? null()
                       : QVariant(pick(titles, bounded(int(std::size(titles)))).toString());
        const bool active = !chance(6);
        const qint64 department = departments == 0 || chance(1) ? 0 : bounded(departments) + 1;
        batch.add({id, code, en.isEmpty() ? null() : QVariant(en),
                   ar.isEmpty() ? null() : QVariant(ar), title, active,
                   department == 0 ? null() : QVariant(department)});
        m_employees.push_back({id, code, department, active, en.isEmpty() ? ar : en});
        if (active) {
            m_active.push_back(i);
            if (department != 0)
                m_activeByDepartment[static_cast<size_t>(department - 1)].push_back(i);
        }
    }
    batch.flush();
}

void DemoDataGenerator::writeAccounts()
{
    Batch accounts(m_c, u"account",
                   {QStringLiteral("id"), QStringLiteral("username"),
                    QStringLiteral("password_hash"), QStringLiteral("full_name"),
                    QStringLiteral("title"), QStringLiteral("employee_id"), QStringLiteral("role"),
                    QStringLiteral("is_super_admin"), QStringLiteral("is_active"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at")});
    Batch departments(m_c, u"account_department",
                      {QStringLiteral("account_id"), QStringLiteral("department_id")}, &accounts);
    const QVariant created = m_c.toDb(m_now.addDays(-120));
    size_t linked = 0;
    for (const HashedAccount& hashed : m_hashed) {
        const Seeder::DemoAccount& demo = hashed.account;
        Actor account;
        account.accountId = m_accounts.size() + 1;
        account.username = demo.username;
        account.superAdmin = demo.superAdmin;
        if (!roleFromName(demo.role, &account.role))
            throw Failure(Failure::Kind::Internal,
                          QStringLiteral("Demo account %1 has no known role").arg(demo.username));
        QVariant employee;
        QString fullName = demo.fullName;
        if (demo.linkedToEmployee && linked < m_active.size()) {
            const Employee& e = m_employees[static_cast<size_t>(m_active[linked++])];
            employee = e.id;
            fullName = e.displayName;
        }
        // Distinct departments, chosen at random.
        const int wanted = std::min<int>(demo.departments, m_sizes.departments);
        while (account.departmentIds.size() < wanted) {
            const qint64 department = bounded(m_sizes.departments) + 1;
            if (!account.departmentIds.contains(department))
                account.departmentIds << department;
        }
        std::sort(account.departmentIds.begin(), account.departmentIds.end());
        accounts.add({account.accountId, demo.username, QString::fromLatin1(hashed.passwordHash),
                      fullName.isEmpty() ? null() : QVariant(fullName), titleFor(account), employee,
                      demo.role, demo.superAdmin, true, created, created});
        for (const qint64 department : std::as_const(account.departmentIds))
            departments.add({account.accountId, department});
        m_accountDepartments += account.departmentIds.size();
        m_accounts << account;
    }
    accounts.flush();
    departments.flush();
}

QList<int> DemoDataGenerator::pickEmployees(const Actor& requester, int wanted, qint64 day,
                                            int mealType, bool counts)
{
    QList<int> picked;
    // Days are counted from well before the period, so the index is small and positive.
    const quint64 slot =
        (quint64(day - m_now.date().toJulianDay() + 1000) << 8) | quint64(mealType);
    const auto key = [slot](int employee) { return (quint64(employee) << 32) | slot; };
    const auto takeFrom = [&](const std::vector<int>& pool) {
        const size_t start = static_cast<size_t>(bounded(static_cast<int>(pool.size())));
        for (size_t k = 0; k < pool.size() && picked.size() < wanted; ++k) {
            const int employee = pool[(start + k) % pool.size()];
            if (!picked.contains(employee) && !(counts && m_taken.contains(key(employee))))
                picked << employee;
        }
    };
    const QList<qint64>& own = requester.departmentIds;
    if (!own.isEmpty()) {
        // A limited requester asks only for people of its own departments.
        const qsizetype first = bounded(static_cast<int>(own.size()));
        for (qsizetype k = 0; k < own.size() && picked.size() < wanted; ++k) {
            const qint64 department = own[(first + k) % own.size()];
            takeFrom(m_activeByDepartment[static_cast<size_t>(department - 1)]);
        }
    } else {
        if (m_sizes.departments > 0)
            takeFrom(m_activeByDepartment[static_cast<size_t>(bounded(m_sizes.departments))]);
        if (picked.size() < wanted)
            takeFrom(m_active);
    }
    if (counts) {
        for (const int employee : std::as_const(picked))
            m_taken.insert(key(employee));
    }
    return picked;
}

void DemoDataGenerator::writeMealRequests()
{
    QList<const Actor*> requesters;
    QList<qint64> closers;
    for (const Actor& a : std::as_const(m_accounts)) {
        if (AccessPolicy::allows(a, Operation::CreateMealRequest))
            requesters << &a;
        if (AccessPolicy::allows(a, Operation::DecideMealRequest))
            closers << a.accountId;
    }
    if (m_sizes.mealRequests == 0 || requesters.isEmpty() || m_mealTypes.isEmpty())
        return;

    Batch requests(m_c, u"meal_request",
                   {QStringLiteral("id"), QStringLiteral("requester_id"),
                    QStringLiteral("status_id"), QStringLiteral("meal_type_id"),
                    QStringLiteral("request_time"), QStringLiteral("closed_by_id"),
                    QStringLiteral("closed_time"), QStringLiteral("notes"),
                    QStringLiteral("original_request_id"), QStringLiteral("is_deleted")});
    Batch lines(m_c, u"meal_request_line",
                {QStringLiteral("id"), QStringLiteral("meal_request_id"),
                 QStringLiteral("employee_id"), QStringLiteral("employee_code"),
                 QStringLiteral("department_id"), QStringLiteral("attendance_time"),
                 QStringLiteral("shift_hours"), QStringLiteral("notes"),
                 QStringLiteral("is_accepted"), QStringLiteral("is_deleted")},
                &requests);

    // Closed requests each requester could copy (each is copied at most once).
    struct Copyable {
        qint64 id;
        QDateTime time;
    };
    QHash<qint64, QList<Copyable>> copyable;
    constexpr MealRequestStatus forcedStatuses[] = {
        MealRequestStatus::Approved, MealRequestStatus::Rejected, MealRequestStatus::Pending,
        MealRequestStatus::OnProgress};
    for (int i = 0; i < m_sizes.mealRequests; ++i) {
        const qint64 id = ++m_requests;
        const Actor& requester = *requesters[bounded(static_cast<int>(requesters.size()))];
        MealRequestStatus status = MealRequestStatus::Pending;
        if (i < int(std::size(forcedStatuses))) {
            status = forcedStatuses[i]; // every status appears at least once
        } else {
            const int roll = bounded(100);
            status = roll < 50   ? MealRequestStatus::Approved
                     : roll < 65 ? MealRequestStatus::Rejected
                     : roll < 90 ? MealRequestStatus::Pending
                                 : MealRequestStatus::OnProgress;
        }
        const bool closed = isFinalMealRequestStatus(status);
        // Open requests are recent; closed ones spread over the whole period.
        const int daysAgo = closed ? bounded(requestDays) : bounded(5);
        const QDateTime time = m_now.addSecs(-(daysAgo * secondsPerDay + bounded(10 * 3600) + 300));
        const int mealType = bounded(static_cast<int>(m_mealTypes.size()));
        const bool deleted = status == MealRequestStatus::Pending && chance(5);
        const QVariant notes =
            chance(25) ? QVariant(pick(requestNotes, bounded(100)).toString()) : null();

        QVariant closedBy;
        QVariant closedTime;
        if (closed) {
            closedBy = closers.isEmpty() ? QVariant(requester.accountId)
                                         : QVariant(closers[bounded(int(closers.size()))]);
            closedTime = m_c.toDb(std::min(time.addSecs(600 + bounded(6 * 3600)), m_now));
        }
        QVariant original;
        if (chance(6)) {
            QList<Copyable>& mine = copyable[requester.accountId];
            for (qsizetype k = mine.size() - 1; k >= 0 && k >= mine.size() - 20; --k) {
                if (mine[k].time < time) {
                    original = mine.takeAt(k).id;
                    break;
                }
            }
        }
        if (closed)
            copyable[requester.accountId] << Copyable{id, time};
        requests.add({id, requester.accountId, int(status), m_mealTypes[mealType], m_c.toDb(time),
                      closedBy, closedTime, notes, original, deleted});

        // Rejected and deleted requests do not count for the duplicate rule (DOMAIN.md).
        const bool counts = status != MealRequestStatus::Rejected && !deleted;
        const QList<int> chosen = pickEmployees(requester, m_sizes.linesPerRequest,
                                                time.date().toJulianDay(), mealType, counts);
        for (const int index : chosen) {
            const Employee& e = m_employees[static_cast<size_t>(index)];
            QVariant attendance;
            QVariant shift;
            if (status == MealRequestStatus::Approved && chance(80)) {
                attendance = m_c.toDb(std::min(time.addSecs(3600 + bounded(8 * 3600)), m_now));
                shift = 8.0 + 2 * bounded(3);
            }
            const bool accepted = status == MealRequestStatus::Approved ||
                                  (status != MealRequestStatus::Rejected && !chance(8));
            const bool lineDeleted = !closed && chance(2);
            const QVariant lineNote =
                chance(5) ? QVariant(pick(lineNotes, bounded(100)).toString()) : null();
            lines.add({++m_lines, id, e.id, e.code,
                       e.departmentId == 0 ? null() : QVariant(e.departmentId), attendance, shift,
                       lineNote, accepted, lineDeleted});
        }
    }
    requests.flush();
    lines.flush();
}

QVariant DemoDataGenerator::superAdminId() const
{
    for (const Actor& a : m_accounts) {
        if (a.superAdmin)
            return a.accountId;
    }
    return null();
}

void DemoDataGenerator::writeRevokedTokens()
{
    const QVariant admin = superAdminId();
    Batch batch(m_c, u"revoked_tokens",
                {QStringLiteral("id"), QStringLiteral("jti"), QStringLiteral("token_type"),
                 QStringLiteral("account_id"), QStringLiteral("revoked_at"),
                 QStringLiteral("expires_at"), QStringLiteral("reason"),
                 QStringLiteral("revoked_by_id")});
    const auto anyAccount = [this]() -> QVariant {
        if (m_accounts.isEmpty())
            return null();
        return m_accounts[bounded(static_cast<int>(m_accounts.size()))].accountId;
    };
    for (int i = 0; i < m_sizes.revokedTokens; ++i) {
        // A uuid4-like hex jti, as the backend issues them.
        QString jti;
        for (int part = 0; part < 4; ++part)
            jti += QStringLiteral("%1").arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
        // Access tokens live under an hour, refresh tokens one to two weeks: most revoked access
        // tokens have expired, many refresh tokens have not. The first token is a live refresh
        // token the backend revoked at logout without knowing the account; the second one an
        // administrator revoked by jti, expiry unknown.
        const bool refresh = i == 0 || chance(30);
        const int lifetime = refresh ? int(secondsPerDay) * (7 + bounded(8)) : 900 + bounded(2700);
        const QDateTime issued =
            i == 0 ? m_now.addSecs(-3600) : m_now.addSecs(-(600 + bounded(30 * secondsPerDay)));
        const QDateTime revoked =
            std::min(issued.addSecs(1 + bounded(lifetime)), m_now.addSecs(-60));
        QVariant expires = m_c.toDb(issued.addSecs(lifetime));
        QVariant account;
        QVariant reason;
        QVariant revokedBy;
        if (i == 0 || (i != 1 && chance(60))) {
            // Written by the backend at logout: no reason, nobody revoked it.
            account = i == 0 || chance(25) ? null() : anyAccount();
        } else {
            account = chance(20) ? null() : anyAccount();
            reason = pick(revokeReasons, bounded(100)).toString();
            revokedBy = admin;
            if (i == 1 || chance(10))
                expires = null(); // revoked by jti without a known expiry
        }
        batch.add({qint64(i + 1), jti,
                   refresh ? QStringLiteral("refresh") : QStringLiteral("access"), account,
                   m_c.toDb(revoked), expires, reason, revokedBy});
    }
    batch.flush();
}

void DemoDataGenerator::writeOrigins()
{
    const QVariant admin = superAdminId();
    Batch batch(m_c, u"allowed_origins",
                {QStringLiteral("id"), QStringLiteral("origin"), QStringLiteral("note"),
                 QStringLiteral("is_active"), QStringLiteral("created_by_id"),
                 QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const int listed = static_cast<int>(std::size(origins));
    for (int i = 0; i < m_sizes.origins; ++i) {
        QString origin;
        QString note;
        if (i < listed) {
            origin = origins[i].en.toString();
            note = origins[i].ar.toString();
        } else {
            origin = QStringLiteral("https://branch-%1.example.com").arg(i - listed + 1);
            note = QStringLiteral("Branch office %1").arg(i - listed + 1);
        }
        // Added over the last year, oldest first.
        const qint64 daysAgo = qint64(m_sizes.origins - i) * 365 / m_sizes.origins;
        const QVariant created =
            m_c.toDb(m_now.addSecs(-(daysAgo * secondsPerDay + bounded(86400))));
        batch.add({qint64(i + 1), origin, note, i % 6 != 5, admin, created, created});
    }
    batch.flush();
}

void DemoDataGenerator::writeAuditRow()
{
    const QJsonObject details{
        {QStringLiteral("departments"), m_sizes.departments},
        {QStringLiteral("employees"), m_sizes.employees},
        {QStringLiteral("accounts"), int(m_accounts.size())},
        {QStringLiteral("account_departments"), m_accountDepartments},
        {QStringLiteral("meal_requests"), m_requests},
        {QStringLiteral("meal_request_lines"), m_lines},
        {QStringLiteral("revoked_tokens"), m_sizes.revokedTokens},
        {QStringLiteral("origins"), m_sizes.origins},
    };
    m_c.exec(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, entity_id, "
                            "details) VALUES (?, ?, ?, ?, ?, ?)"),
             {m_c.toDb(m_now), null(), QStringLiteral("demo.fill"), QStringLiteral("database"),
              null(), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

void DemoDataGenerator::advanceSequences()
{
    if (!m_c.isPostgres())
        return; // SQLite continues after the largest id by itself
    // Rows were written with explicit ids; the identity sequences must continue after them.
    const std::pair<QString, qint64> written[] = {
        {QStringLiteral("department"), m_sizes.departments},
        {QStringLiteral("account"), m_accounts.size()},
        {QStringLiteral("meal_request"), m_requests},
        {QStringLiteral("meal_request_line"), m_lines},
        {QStringLiteral("revoked_tokens"), m_sizes.revokedTokens},
        {QStringLiteral("allowed_origins"), m_sizes.origins},
    };
    for (const auto& [table, rows] : written) {
        m_c.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, false)"),
                 {table, rows + 1});
    }
}
