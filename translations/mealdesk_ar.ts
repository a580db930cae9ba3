<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;مسمى الوظيفي:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>What the account may do with employees and meal requests</source>
        <translation>ما يحق للحساب فعله بالموظفين وطلبات الوجبات</translation>
    </message>
    <message>
        <source>&amp;Super admin</source>
        <translation>مشرف &amp;عام</translation>
    </message>
    <message>
        <source>May do everything, including accounts, tokens, origins and the audit log</source>
        <translation>يحق له فعل كل شيء، بما في ذلك إدارة الحسابات والرموز والأصول المسموحة وسجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>الأ&amp;قسام:</translation>
    </message>
    <message>
        <source>The departments the account may see and request meals for</source>
        <translation>الأقسام التي يحق للحساب رؤيتها وطلب الوجبات لها</translation>
    </message>
    <message>
        <source>None checked: the account sees every department.</source>
        <translation>إذا لم يُحدَّد أي قسم، يرى الحساب جميع الأقسام.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>جارٍ حفظ الحساب…</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>تعديل الحساب %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Loading the departments…</source>
        <translation>جارٍ تحميل الأقسام…</translation>
    </message>
    <message>
        <source>The departments could not be read, so the account cannot be saved: %1</source>
        <translation>تعذّرت قراءة الأقسام، لذا لا يمكن حفظ الحساب: %1</translation>
    </message>
    <message>
        <source>Saving account %1</source>
        <translation>حفظ الحساب %1</translation>
    </message>
    <message>
        <source>Creating account %1</source>
        <translation>إنشاء الحساب %1</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it. Its current values are shown now: make your changes again and save.</source>
        <translation>غيّر مستخدم آخر هذا الحساب أثناء تعديلك له. تُعرض الآن قيمه الحالية: أعد إجراء تغييراتك ثم احفظ.</translation>
    </message>
    <message>
        <source>Someone else changed this account, and it could not be read again: %1</source>
        <translation>غيّر مستخدم آخر هذا الحساب، وتعذّرت قراءته مجددًا: %1</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>The username is empty.</source>
        <translation>اسم المستخدم فارغ.</translation>
    </message>
    <message>
        <source>The username has %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف اسم المستخدم %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>The username must not contain spaces or control characters.</source>
        <translation>يجب ألا يحتوي اسم المستخدم على مسافات أو أحرف تحكم.</translation>
    </message>
    <message>
        <source>The full name has %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف الاسم الكامل %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف المسمى الوظيفي %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>The username must not contain invisible characters; character %1 is U+%2.</source>
        <translation>يجب ألا يحتوي اسم المستخدم على محارف غير مرئية؛ المحرف %1 هو U+%2.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>لا يوجد حساب باسم &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; was changed by someone else; reload it.</source>
        <translation>غيّر مستخدم آخر الحساب &apos;%1&apos;؛ أعد تحميله.</translation>
    </message>
    <message>
        <source>You cannot take away your own super admin rights.</source>
        <translation>لا يمكنك سحب صلاحيات المشرف العام من حسابك.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>لا يمكنك إلغاء تنشيط حسابك.</translation>
    </message>
    <message>
        <source>You cannot block or unblock yourself.</source>
        <translation>لا يمكنك حظر حسابك أو إلغاء حظره.</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>الحساب %1 غير موجود.</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation>اسم المستخدم &apos;%1&apos; مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>الموظف %1 غير موجود.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>القسم %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Requester</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>Request taker</source>
        <translation>مستلم الطلبات</translation>
    </message>
    <message>
        <source>Captain</source>
        <translation>قائد</translation>
    </message>
    <message>
        <source>Stock control</source>
        <translation>مراقبة المخزون</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>مشرف عام</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تمت الإضافة</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>لا أقسام</numerusform>
            <numerusform>قسم واحد</numerusform>
            <numerusform>قسمان</numerusform>
            <numerusform>%n أقسام</numerusform>
            <numerusform>%n قسمًا</numerusform>
            <numerusform>%n قسم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Username or full name</source>
        <translation>اسم المستخدم أو الاسم الكامل</translation>
    </message>
    <message>
        <source>Shows the accounts whose username or full name contains this text (Ctrl+F)</source>
        <translation>يعرض الحسابات التي يحتوي اسم المستخدم أو الاسم الكامل فيها على هذا النص (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <source>Create an account (Ins)</source>
        <translation>إنشاء حساب (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change the role, departments and names of the selected account (Enter)</source>
        <translation>تغيير دور الحساب المحدد وأقسامه وأسمائه (Enter)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>تعيين كلمة مرور جديدة للحساب المحدد</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;حظر…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>إل&amp;غاء التنشيط…</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>تسجيل ال&amp;خروج من جميع الأجهزة…</translation>
    </message>
    <message>
        <source>Make every token issued to the selected account so far stop working</source>
        <translation>إيقاف عمل جميع الرموز الصادرة للحساب المحدد حتى الآن</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>جميع الحسابات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>تحميل الحسابات</translation>
    </message>
    <message>
        <source>Loading the accounts: %1</source>
        <translation>تحميل الحسابات: %1</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>إلغاء ال&amp;حظر</translation>
    </message>
    <message>
        <source>Let the selected account sign in again</source>
        <translation>السماح للحساب المحدد بتسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Stop the selected account from signing in, and sign it out everywhere</source>
        <translation>منع الحساب المحدد من تسجيل الدخول، وتسجيل خروجه من جميع الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;تنشيط</translation>
    </message>
    <message>
        <source>Let the selected account be used again</source>
        <translation>السماح باستخدام الحساب المحدد مجددًا</translation>
    </message>
    <message>
        <source>Retire the selected account: it can no longer sign in or be used</source>
        <translation>إلغاء تنشيط الحساب المحدد: لا يعود بالإمكان تسجيل الدخول به أو استخدامه</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>الحسابات: %1</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>تم إنشاء الحساب %1</translation>
    </message>
    <message>
        <source>Account %1 saved</source>
        <translation>تم حفظ الحساب %1</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>تم تغيير كلمة مرور %1</translation>
    </message>
    <message>
        <source>Unblocking %1</source>
        <translation>إلغاء حظر %1</translation>
    </message>
    <message>
        <source>%1 unblocked</source>
        <translation>تم إلغاء حظر %1</translation>
    </message>
    <message>
        <source>Block account</source>
        <translation>حظر الحساب</translation>
    </message>
    <message>
        <source>Block %1? The account can no longer sign in, and every token issued to it stops working.</source>
        <translation>هل تريد حظر %1؟ لن يتمكن الحساب من تسجيل الدخول، وسيتوقف عمل جميع الرموز الصادرة له.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;حظر</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>حظر %1</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>تم حظر %1</translation>
    </message>
    <message>
        <source>Activating %1</source>
        <translation>تنشيط %1</translation>
    </message>
    <message>
        <source>%1 activated</source>
        <translation>تم تنشيط %1</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>إلغاء تنشيط الحساب</translation>
    </message>
    <message>
        <source>Deactivate %1? The account can no longer sign in until it is activated again.</source>
        <translation>هل تريد إلغاء تنشيط %1؟ لن يتمكن الحساب من تسجيل الدخول حتى يُعاد تنشيطه.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>إل&amp;غاء التنشيط</translation>
    </message>
    <message>
        <source>Deactivating %1</source>
        <translation>إلغاء تنشيط %1</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>تم إلغاء تنشيط %1</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>تسجيل الخروج من جميع الأجهزة</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere? Every token issued to the account so far stops working; it must sign in again.</source>
        <translation>هل تريد تسجيل خروج %1 من جميع الأجهزة؟ سيتوقف عمل جميع الرموز الصادرة للحساب حتى الآن، ويجب عليه تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>Signing %1 out everywhere</source>
        <translation>تسجيل خروج %1 من جميع الأجهزة</translation>
    </message>
    <message>
        <source>%1 signed out everywhere</source>
        <translation>تم تسجيل خروج %1 من جميع الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فك القفل</translation>
    </message>
    <message>
        <source>Lift the lock that failed sign-ins put on the selected account</source>
        <translation>رفع القفل الذي فرضته محاولات الدخول الفاشلة على الحساب المحدد</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>جارٍ فك قفل %1</translation>
    </message>
    <message>
        <source>%1 unlocked</source>
        <translation>فُك قفل %1</translation>
    </message>
</context>
<context>
    <name>AsyncTableModelBase</name>
    <message>
        <source>Loading was canceled.</source>
        <translation>أُلغي التحميل.</translation>
    </message>
</context>
<context>
    <name>AuditDetailsTree</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty list)</source>
        <translation>(قائمة فارغة)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>أصل مسموح</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Meal request</source>
        <translation>طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request line</source>
        <translation>بند طلب وجبة</translation>
    </message>
    <message>
        <source>Revoked token</source>
        <translation>رمز مُبطَل</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(النظام)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>معرّف الكيان</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>تفعيل حساب</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>حظر حساب</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>إلغاء تنشيط حساب</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed out everywhere</source>
        <translation>تسجيل الخروج من جميع الأجهزة</translation>
    </message>
    <message>
        <source>Account unblocked</source>
        <translation>رفع الحظر عن حساب</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>فك قفل حساب</translation>
    </message>
    <message>
        <source>Account updated</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>إضافة بيانات تجريبية</translation>
    </message>
    <message>
        <source>Department created</source>
        <translation>إنشاء قسم</translation>
    </message>
    <message>
        <source>Department deleted</source>
        <translation>حذف قسم</translation>
    </message>
    <message>
        <source>Department updated</source>
        <translation>تعديل قسم</translation>
    </message>
    <message>
        <source>Employee activated</source>
        <translation>تنشيط موظف</translation>
    </message>
    <message>
        <source>Employee created</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>إلغاء تنشيط موظف</translation>
    </message>
    <message>
        <source>Employee deleted</source>
        <translation>حذف موظف</translation>
    </message>
    <message>
        <source>Employees imported</source>
        <translation>استيراد موظفين</translation>
    </message>
    <message>
        <source>Employee updated</source>
        <translation>تعديل موظف</translation>
    </message>
    <message>
        <source>Meal request approved</source>
        <translation>اعتماد طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request copied</source>
        <translation>نسخ طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request created</source>
        <translation>إنشاء طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request deleted</source>
        <translation>حذف طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request rejected</source>
        <translation>رفض طلب وجبة</translation>
    </message>
    <message>
        <source>Meal request submitted</source>
        <translation>تقديم طلب وجبة</translation>
    </message>
    <message>
        <source>Line accepted</source>
        <translation>قبول بند</translation>
    </message>
    <message>
        <source>Line notes changed</source>
        <translation>تعديل ملاحظات بند</translation>
    </message>
    <message>
        <source>Line rejected</source>
        <translation>رفض بند</translation>
    </message>
    <message>
        <source>Origin added</source>
        <translation>إضافة أصل</translation>
    </message>
    <message>
        <source>Origin disabled</source>
        <translation>تعطيل أصل</translation>
    </message>
    <message>
        <source>Origin edited</source>
        <translation>تعديل أصل</translation>
    </message>
    <message>
        <source>Origin enabled</source>
        <translation>تمكين أصل</translation>
    </message>
    <message>
        <source>Origin removed</source>
        <translation>إزالة أصل</translation>
    </message>
    <message>
        <source>Database adopted</source>
        <translation>اعتماد قاعدة البيانات</translation>
    </message>
    <message>
        <source>Expired tokens purged</source>
        <translation>حذف الرموز المنتهية</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>إبطال رمز</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>Only what this account did</source>
        <translation>ما قام به هذا الحساب فقط</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <source>Only this action, exactly as written (for example account.block); empty: every action (Ctrl+F)</source>
        <translation>هذا الإجراء فقط، مكتوبًا كما هو تمامًا (مثل account.block)؛ وإذا تُرك فارغًا: جميع الإجراءات (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>ال&amp;كيان:</translation>
    </message>
    <message>
        <source>Only changes of this kind of record</source>
        <translation>تغييرات هذا النوع من السجلات فقط</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Only entries from the start of this day</source>
        <translation>الإدخالات من بداية هذا اليوم فقط</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>Only entries until the end of this day</source>
        <translation>الإدخالات حتى نهاية هذا اليوم فقط</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>عرض جميع الإدخالات</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>الكيان:</translation>
    </message>
    <message>
        <source>Chan&amp;ges:</source>
        <translation>ال&amp;تغييرات:</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>أي حساب</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>أي كيان</translation>
    </message>
    <message>
        <source>Loading the audit log</source>
        <translation>تحميل سجل التدقيق</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>حدد إدخالًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Loading the audit log: %1</source>
        <translation>تحميل سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>الإدخالات: %1</translation>
    </message>
    <message>
        <source>Reading the accounts to filter by</source>
        <translation>قراءة الحسابات لاستخدامها في التصفية</translation>
    </message>
    <message>
        <source>Loading the entry…</source>
        <translation>جارٍ تحميل الإدخال…</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>الإدخال %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the entries the filters select as a CSV file</source>
        <translation>حفظ الإدخالات التي تحددها عوامل التصفية في ملف CSV</translation>
    </message>
    <message>
        <source>Export the audit log to</source>
        <translation>تصدير سجل التدقيق إلى</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>جارٍ تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Audit log exported to %1.</source>
        <translation>صُدِّر سجل التدقيق إلى %1.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong username or password, or the account is locked for %1 minutes after %2 failed sign-ins.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب مقفل مدة %1 دقيقة بعد %2 محاولات دخول فاشلة.</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>تم تنفيذ %1.</translation>
    </message>
    <message>
        <source>%1 done, %2 refused:</source>
        <translation>تم تنفيذ %1، ورُفض %2:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The database server at %1 stopped answering: it did not answer a new connection within %2 seconds either. MealDesk closed the connection; try again when the server answers.</source>
        <translation>توقّف خادم قاعدة البيانات في %1 عن الاستجابة: لم يُجب عن اتصال جديد خلال %2 ثانية أيضًا. أغلق MealDesk الاتصال؛ حاول مرة أخرى عندما يستجيب الخادم.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Name the connection to save it.</source>
        <translation>اكتب اسمًا للاتصال لحفظه.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>محلي</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>عنوان قاعدة البيانات غير صالح: %1</translation>
    </message>
    <message>
        <source>the value of %1 contains &apos;;&apos;, which libpq&apos;s connection string cannot carry</source>
        <translation>قيمة %1 تحتوي على «;» التي لا يمكن أن تحملها سلسلة اتصال libpq</translation>
    </message>
    <message>
        <source>the value of %1 contains a control character (U+%2), which libpq&apos;s connection string cannot carry</source>
        <translation>قيمة %1 تحتوي على محرف تحكم (U+%2) لا يمكن أن تحمله سلسلة اتصال libpq</translation>
    </message>
    <message>
        <source>the socket directory &apos;%1&apos; contains &apos;,&apos;</source>
        <translation>مجلد المقبس «%1» يحتوي على «,»</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; contains &apos;%2&apos;</source>
        <translation>المضيف «%1» يحتوي على «%2»</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of host &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation>المنفذ «%1» للمضيف «%2» ليس رقمًا من 1 إلى 65535</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation>المضيف «%1» ينقصه «]» الختامي</translation>
    </message>
    <message>
        <source>unexpected text after host &apos;%1&apos;</source>
        <translation>نص غير متوقع بعد المضيف «%1»</translation>
    </message>
    <message>
        <source>a host name is missing</source>
        <translation>اسم المضيف مفقود</translation>
    </message>
    <message>
        <source>the SQLite file path is empty</source>
        <translation>مسار ملف SQLite فارغ</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>إنه فارغ</translation>
    </message>
    <message>
        <source>sqlite:// must be followed by an absolute path (sqlite:///path/to/file.db)</source>
        <translation>يجب أن يتبع sqlite:// مسار مطلق (sqlite:///path/to/file.db)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos; (use sqlite: or postgresql://)</source>
        <translation>مخطط غير معروف «%1» (استخدم sqlite: أو postgresql://)</translation>
    </message>
    <message>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation>اسم المستخدم قبل «@» فارغ</translation>
    </message>
    <message>
        <source>the database name is missing (…/dbname)</source>
        <translation>اسم قاعدة البيانات مفقود (…/dbname)</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (libpq knows no such connection parameter)</source>
        <translation>معامل غير معروف «%1» (لا يعرف libpq معامل اتصال بهذا الاسم)</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>قيمة sslmode «%1» ليست من %2</translation>
    </message>
    <message>
        <source>target_session_attrs &apos;%1&apos; is not one of %2</source>
        <translation>قيمة target_session_attrs «%1» ليست من %2</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds from 1 to 600</source>
        <translation>قيمة connect_timeout «%1» ليست عدد ثوانٍ من 1 إلى 600</translation>
    </message>
    <message>
        <source>%1 ports given for %2 host(s): give one port, or one for each host</source>
        <translation>أُعطي %1 منفذ لـ %2 مضيف: أعطِ منفذًا واحدًا، أو منفذًا لكل مضيف</translation>
    </message>
    <message>
        <source>the database name &apos;%1&apos; contains &apos;/&apos;</source>
        <translation>اسم قاعدة البيانات «%1» يحتوي على «/»</translation>
    </message>
    <message>
        <source>The connection to %1 is not verified (sslmode is %2): the database password and data could be read or changed on the way. Add sslmode=verify-full to the URL.</source>
        <translation>الاتصال بـ %1 غير موثَّق (sslmode هو %2): قد تُقرأ كلمة مرور قاعدة البيانات والبيانات أو تُغيَّر في الطريق. أضف sslmode=verify-full إلى العنوان.</translation>
    </message>
    <message>
        <source>not set, so libpq may not even encrypt</source>
        <translation>غير مضبوط، لذا قد لا يشفّر libpq الاتصال أصلًا</translation>
    </message>
    <message>
        <source>the SQLite file path contains U+0000, which no file name can hold</source>
        <translation>مسار ملف SQLite يحتوي على U+0000، ولا يمكن لأي اسم ملف أن يحويه</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>Not all rows could be loaded (F5 tries again).</source>
        <translation>تعذّر تحميل جميع الصفوف (اضغط F5 لإعادة المحاولة).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>يحتوي السطر %1 على %2 من الحقول، بينما يحتوي سطر العناوين على %3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text; save the file as UTF-8 (CSV UTF-8 in spreadsheet programs).</source>
        <translation>السطر %1 ليس نصًا صالحًا بترميز UTF-8؛ احفظ الملف بترميز UTF-8 (CSV UTF-8 في برامج جداول البيانات).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; a closing quote (&quot;) is missing.</source>
        <translation>السطر %1: حقل بين علامتي اقتباس غير مغلق؛ علامة الاقتباس الختامية (&quot;) مفقودة.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>السطر %1: يوجد نص بعد علامة الاقتباس الختامية لحقل؛ علامة الاقتباس داخل حقل مقتبس تُكتب مرتين (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a field that contains a quote (&quot;) must be enclosed in quotes, with the quote written twice.</source>
        <translation>السطر %1: يجب وضع الحقل الذي يحتوي على علامة اقتباس (&quot;) بين علامتي اقتباس، مع كتابة علامة الاقتباس مرتين.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; larger files are not read.</source>
        <translation>حجم الملف أكبر من %1 ميبيبايت؛ لا تُقرأ الملفات الأكبر.</translation>
    </message>
    <message>
        <source>Line %1: field %2 has %3 characters; at most %4 are read.</source>
        <translation>السطر %1: يحتوي الحقل %2 على %3 حرفًا؛ ولا يُقرأ أكثر من %4.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>The first office day of the chart</source>
        <translation>يوم العمل الأول في المخطط</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>The last office day of the chart</source>
        <translation>يوم العمل الأخير في المخطط</translation>
    </message>
    <message>
        <source>&amp;Last 14 days</source>
        <translation>&amp;آخر 14 يومًا</translation>
    </message>
    <message>
        <source>Show the 14 office days up to today</source>
        <translation>عرض آخر 14 يوم عمل حتى اليوم</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Last %n days</source>
        <translation>
            <numerusform>&amp;آخر %n يوم</numerusform>
            <numerusform>&amp;آخر يوم</numerusform>
            <numerusform>&amp;آخر يومين</numerusform>
            <numerusform>&amp;آخر %n أيام</numerusform>
            <numerusform>&amp;آخر %n يومًا</numerusform>
            <numerusform>&amp;آخر %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n office day(s) up to today</source>
        <translation>
            <numerusform>عرض %n يوم عمل حتى اليوم</numerusform>
            <numerusform>عرض يوم عمل واحد حتى اليوم</numerusform>
            <numerusform>عرض يومَي عمل حتى اليوم</numerusform>
            <numerusform>عرض آخر %n أيام عمل حتى اليوم</numerusform>
            <numerusform>عرض آخر %n يوم عمل حتى اليوم</numerusform>
            <numerusform>عرض آخر %n يوم عمل حتى اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Loading meals per day</source>
        <translation>تحميل الوجبات لكل يوم</translation>
    </message>
    <message>
        <source>Meals per day, %1 to %2</source>
        <translation>الوجبات لكل يوم، من %1 إلى %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and month on the chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>الوجبات</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) in all</source>
        <translation>
            <numerusform>لا وجبات إجمالًا</numerusform>
            <numerusform>وجبة واحدة إجمالًا</numerusform>
            <numerusform>وجبتان إجمالًا</numerusform>
            <numerusform>%n وجبات إجمالًا</numerusform>
            <numerusform>%n وجبة إجمالًا</numerusform>
            <numerusform>%n وجبة إجمالًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not run: MealDesk is closing and the database server at %1 does not answer.</source>
        <translation>لم يُنفَّذ: يُغلَق MealDesk وخادم قاعدة البيانات في %1 لا يستجيب.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <translation>اختيار قاعدة البيانات</translation>
    </message>
    <message>
        <source>The &amp;demo database (SQLite, on this computer)</source>
        <translation>قاعدة البيانات ال&amp;تجريبية (SQLite، على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>A SQLite &amp;file:</source>
        <translation>&amp;ملف SQLite:</translation>
    </message>
    <message>
        <source>/home/me/mealdesk.db</source>
        <translation>/home/me/mealdesk.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>&amp;خادم PostgreSQL:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;عنوان URL:</translation>
    </message>
    <message>
        <source>postgresql://mealdesk@db.example.org:5432/mealdesk</source>
        <translation>postgresql://mealdesk@db.example.org:5432/mealdesk</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Used for this session only, never saved</source>
        <translation>تُستخدم لهذه الجلسة فقط، ولا تُحفظ أبدًا</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>ملف قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات SQLite (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Name the SQLite file to open or create.</source>
        <translation>حدد اسم ملف SQLite المراد فتحه أو إنشاؤه.</translation>
    </message>
    <message>
        <source>Type the server&apos;s URL, e.g. postgresql://mealdesk@db:5432/mealdesk.</source>
        <translation>اكتب عنوان URL للخادم، مثل postgresql://mealdesk@db:5432/mealdesk.</translation>
    </message>
    <message>
        <source>The URL must start with postgresql://.</source>
        <translation>يجب أن يبدأ عنوان URL بـ postgresql://.</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>المحفوظة:</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>الحفظ باسم:</translation>
    </message>
    <message>
        <source>Empty: open without saving</source>
        <translation>فارغ: الفتح دون حفظ</translation>
    </message>
    <message>
        <source>No saved connection</source>
        <translation>لا توجد اتصالات محفوظة</translation>
    </message>
    <message>
        <source>Choose a saved connection</source>
        <translation>اختر اتصالًا محفوظًا</translation>
    </message>
    <message>
        <source>Delete the Saved Connection</source>
        <translation>حذف الاتصال المحفوظ</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”? The database itself is not changed.</source>
        <translation>هل تريد حذف الاتصال المحفوظ «%1»؟ لن تتغير قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keyring, never in MealDesk&apos;s settings, and opens this connection without asking. The connection must be saved under a name.</source>
        <translation>يحفظ كلمة المرور في حلقة مفاتيح سطح المكتب، لا في إعدادات MealDesk أبدًا، ويفتح هذا الاتصال دون أن يسأل عنها. يجب أن يُحفظ الاتصال باسم.</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>تذكُّر كلمة المرور</translation>
    </message>
    <message>
        <source>Remembered in the desktop&apos;s keyring</source>
        <translation>محفوظة في حلقة مفاتيح سطح المكتب</translation>
    </message>
</context>
<context>
    <name>DepartmentRules</name>
    <message>
        <source>The English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>The Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>%1 of the department is required.</source>
        <translation>%1 للقسم مطلوب.</translation>
    </message>
</context>
<context>
    <name>DepartmentScope</name>
    <message>
        <source>Department %1 is not one of your departments.</source>
        <translation>القسم %1 ليس من أقسامك.</translation>
    </message>
    <message>
        <source>You may only place employees in your departments.</source>
        <translation>يمكنك وضع الموظفين في أقسامك فقط.</translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>Department &apos;%1&apos; was changed by someone else; reload it.</source>
        <translation>غيّر مستخدم آخر القسم &apos;%1&apos;؛ أعد تحميله.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only department of the accounts %2; with none left they would see every department. Change their departments first.</source>
        <translation>&apos;%1&apos; هو القسم الوحيد للحسابات %2؛ وإذا لم يبقَ لها أي قسم فسترى جميع الأقسام. غيّر أقسامها أولًا.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>القسم %1 غير موجود.</translation>
    </message>
    <message>
        <source>A department cannot be its own parent.</source>
        <translation>لا يمكن أن يكون القسم قسمًا رئيسيًا لنفسه.</translation>
    </message>
    <message>
        <source>The parent department %1 does not exist.</source>
        <translation>القسم الرئيسي %1 غير موجود.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sub-department of this department, so it cannot be its parent.</source>
        <translation>&apos;%1&apos; قسم فرعي من هذا القسم، لذا لا يمكن أن يكون قسمه الرئيسي.</translation>
    </message>
    <message>
        <source>The department &apos;%1&apos; is not one of your departments.</source>
        <translation>القسم «%1» ليس من أقسامك.</translation>
    </message>
    <message>
        <source>Your account is limited to departments, so it cannot create one.</source>
        <translation>حسابك مقيّد بأقسام معينة، لذا لا يمكنه إنشاء قسم.</translation>
    </message>
    <message>
        <source>The department &apos;%1&apos; can only be moved under one of your departments.</source>
        <translation>لا يمكن نقل القسم «%1» إلا تحت أحد أقسامك.</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Employee &amp;ID:</source>
        <translation>&amp;رقم الموظف:</translation>
    </message>
    <message>
        <source>The employee&apos;s number in the HR system; it cannot be changed later.</source>
        <translation>رقم الموظف في نظام الموارد البشرية؛ ولا يمكن تغييره لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;كود:</translation>
    </message>
    <message>
        <source>The number the employee is known by at the canteen; unique.</source>
        <translation>الرقم الذي يُعرف به الموظف في المقصف؛ ولا يتكرر.</translation>
    </message>
    <message>
        <source>English &amp;name:</source>
        <translation>الاسم الإن&amp;جليزي:</translation>
    </message>
    <message>
        <source>&amp;Arabic name:</source>
        <translation>الاسم ال&amp;عربي:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;مسمى الوظيفي:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;نشط</translation>
    </message>
    <message>
        <source>Inactive employees stay on past meal requests but cannot be put on new ones.</source>
        <translation>يبقى الموظفون غير النشطين في طلبات الوجبات السابقة، لكن لا يمكن إضافتهم إلى طلبات جديدة.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Edit employee %1</source>
        <translation>تعديل الموظف %1</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>موظف جديد</translation>
    </message>
    <message>
        <source>(No department)</source>
        <translation>(بدون قسم)</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Enter the employee id (the HR system&apos;s number).</source>
        <translation>أدخل رقم الموظف (رقمه في نظام الموارد البشرية).</translation>
    </message>
    <message>
        <source>The employee id must be a whole number.</source>
        <translation>يجب أن يكون رقم الموظف عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>أدخل الكود.</translation>
    </message>
    <message>
        <source>The code must be a whole number.</source>
        <translation>يجب أن يكون الكود عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Saving employee %1</source>
        <translation>حفظ الموظف %1</translation>
    </message>
    <message>
        <source>Reading employee %1</source>
        <translation>قراءة الموظف %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>الكود %1</translation>
    </message>
    <message>
        <source>English name &quot;%1&quot;</source>
        <translation>الاسم الإنجليزي &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Arabic name &quot;%1&quot;</source>
        <translation>الاسم العربي &quot;%1&quot;</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>المسمى الوظيفي &quot;%1&quot;</translation>
    </message>
    <message>
        <source>department &quot;%1&quot;</source>
        <translation>القسم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Someone else saved this employee while you were editing it. What you typed is kept: Save again to store it.</source>
        <translation>حفظ مستخدم آخر هذا الموظف أثناء تعديلك له. ما كتبته لم يُفقد: احفظ مجددًا لتخزينه.</translation>
    </message>
    <message>
        <source>Someone else changed this employee while you were editing it; it now has: %1. What you typed is kept: Save again to replace their change, or Cancel to keep it.</source>
        <translation>غيّر مستخدم آخر هذا الموظف أثناء تعديلك له؛ وأصبحت قيمه الآن: %1. ما كتبته لم يُفقد: احفظ مجددًا لاستبدال تغييره، أو اختر «إلغاء» للإبقاء عليه.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Someone else deleted this employee while you were editing it. Save adds it again with what you typed.</source>
        <translation>حذف مستخدم آخر هذا الموظف أثناء تعديلك له. سيؤدي الحفظ إلى إضافته مجددًا بما كتبته.</translation>
    </message>
</context>
<context>
    <name>EmployeeImportDialog</name>
    <message>
        <source>Import employees</source>
        <translation>استيراد الموظفين</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>لم يُختر أي ملف بعد.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Choose a CSV file to preview before importing it</source>
        <translation>اختر ملف CSV لمعاينته قبل استيراده</translation>
    </message>
    <message>
        <source>Show &amp;refused rows only</source>
        <translation>عرض الصفوف ال&amp;مرفوضة فقط</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8) whose first line names the columns: %1. Only id is required; a column left out keeps each employee&apos;s current value. A row whose id exists updates that employee, any other row adds one. The import is all or nothing: if any row is refused, nothing is stored.</source>
        <translation>اختر ملف CSV (بترميز UTF-8) يحدد سطره الأول أسماء الأعمدة: %1. العمود id وحده إلزامي؛ وأي عمود غير موجود في الملف تبقى قيمته الحالية لكل موظف كما هي. الصف الذي يطابق id فيه موظفًا موجودًا يُحدِّث ذلك الموظف، وأي صف آخر يضيف موظفًا جديدًا. الاستيراد إما أن يتم كاملًا أو لا يتم إطلاقًا: إذا رُفض أي صف فلن يُخزَّن شيء.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Import employees from</source>
        <translation>استيراد الموظفين من</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>الملف فارغ؛ يجب أن يحدد سطره الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>لا يحتوي الملف على أي صفوف أسفل سطر العناوين.</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>يُعرض أول %1 منها.</translation>
    </message>
    <message>
        <source>Importing employees</source>
        <translation>استيراد الموظفين</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>تم الاستيراد: أُضيف %1، وحُدِّث %2، ولم يتغير %3.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <source>Saves every row of the report, with its result and reason, as a CSV file</source>
        <translation>يحفظ كل صفوف التقرير، مع نتيجة كل صف وسببه، في ملف CSV</translation>
    </message>
    <message>
        <source>Rows to import: %1 (%2 new, %3 changed, %4 unchanged). Check them, then choose Import.</source>
        <translation>الصفوف المراد استيرادها: %1 (%2 جديد، %3 معدَّل، %4 بدون تغيير). راجعها ثم اختر استيراد.</translation>
    </message>
    <message>
        <source>Nothing can be imported, because the import refuses rows: %1 of %2 (shown below). Correct the file and choose it again.</source>
        <translation>لا يمكن استيراد شيء، لأن الاستيراد يرفض صفوفًا: %1 من %2 (معروضة أدناه). صحّح الملف ثم اختره مرة أخرى.</translation>
    </message>
    <message>
        <source>Save the import report as</source>
        <translation>حفظ تقرير الاستيراد باسم</translation>
    </message>
    <message>
        <source>employee-import-report.csv</source>
        <translation>تقرير-استيراد-الموظفين.csv</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
</context>
<context>
    <name>EmployeeImporter</name>
    <message>
        <source>The file is empty; its first line must name the columns (%1).</source>
        <translation>الملف فارغ؛ يجب أن يحدد سطره الأول أسماء الأعمدة (%1).</translation>
    </message>
    <message>
        <source>The header names an unknown column &apos;%1&apos;; the columns are %2.</source>
        <translation>يذكر سطر العناوين عمودًا غير معروف &apos;%1&apos;؛ والأعمدة المتاحة هي %2.</translation>
    </message>
    <message>
        <source>The header names the column &apos;%1&apos; twice.</source>
        <translation>يذكر سطر العناوين العمود &apos;%1&apos; مرتين.</translation>
    </message>
    <message>
        <source>The header has no id column; the first line must name the columns (%1).</source>
        <translation>لا يحتوي سطر العناوين على العمود id؛ يجب أن يحدد السطر الأول أسماء الأعمدة (%1).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>يحتوي الصف على %1 من الحقول، بينما يحتوي سطر العناوين على %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an employee id; it must be a positive whole number.</source>
        <translation>&apos;%1&apos; ليس رقم موظف؛ يجب أن يكون عددًا صحيحًا موجبًا.</translation>
    </message>
    <message>
        <source>Employee %1 is also on row %2.</source>
        <translation>الموظف %1 موجود أيضًا في الصف %2.</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is not a whole number.</source>
        <translation>الكود &apos;%1&apos; ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a department id.</source>
        <translation>&apos;%1&apos; ليس رقم قسم.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for is_active; write 1 or 0 (or true/false, yes/no).</source>
        <translation>&apos;%1&apos; ليست قيمة صالحة للعمود is_active؛ اكتب 1 أو 0 (أو true/false، yes/no).</translation>
    </message>
    <message>
        <source>A new employee needs a code.</source>
        <translation>يجب تحديد كود للموظف الجديد.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>القسم %1 غير موجود.</translation>
    </message>
    <message>
        <source>Code %1 is also given to employee %2 on row %3.</source>
        <translation>الكود %1 مُعطى أيضًا للموظف %2 في الصف %3.</translation>
    </message>
    <message>
        <source>Code %1 belongs to employee %2.</source>
        <translation>الكود %1 يخص الموظف %2.</translation>
    </message>
    <message>
        <source>Employee %1 (row %2) was changed by someone else during the import; nothing was imported.</source>
        <translation>غيّر شخص آخر الموظف %1 (الصف %2) أثناء الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Employee %1 is not in one of your departments.</source>
        <translation>الموظف %1 ليس في أحد أقسامك.</translation>
    </message>
</context>
<context>
    <name>EmployeeRules</name>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>عدد أحرف %1 هو %2، والحد الأقصى المسموح به %3.</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control characters.</source>
        <translation>يجب ألا يحتوي %1 على فواصل أسطر أو علامات جدولة أو أحرف تحكم أخرى.</translation>
    </message>
    <message>
        <source>The employee id (the HR system&apos;s number) must be a positive whole number.</source>
        <translation>يجب أن يكون رقم الموظف (رقمه في نظام الموارد البشرية) عددًا صحيحًا موجبًا.</translation>
    </message>
    <message>
        <source>The code must be a whole number from 1 to %1.</source>
        <translation>يجب أن يكون الكود عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>The Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>An employee needs an English or an Arabic name.</source>
        <translation>يجب أن يكون للموظف اسم إنجليزي أو اسم عربي.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
</context>
<context>
    <name>EmployeeService</name>
    <message>
        <source>Employee %1 (code %2) was changed by someone else; reload it.</source>
        <translation>غيّر مستخدم آخر الموظف %1 (الكود %2)؛ أعد تحميله.</translation>
    </message>
    <message>
        <source>An employee with the id %1 already exists.</source>
        <translation>يوجد موظف بالرقم %1 بالفعل.</translation>
    </message>
    <message>
        <source>The code %1 already belongs to employee %2.</source>
        <translation>الكود %1 مخصص بالفعل للموظف %2.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>القسم %1 غير موجود.</translation>
    </message>
    <message>
        <source>Employee %1 (code %2) is not in one of your departments.</source>
        <translation>الموظف %1 (الرمز %2) ليس في أحد أقسامك.</translation>
    </message>
</context>
<context>
    <name>EmployeeStore</name>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>الموظف %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>EmployeesModel</name>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الكود</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>EmployeesScreen</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Add an employee (Ins)</source>
        <translation>إضافة موظف (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected employee (Enter)</source>
        <translation>تعديل الموظف المحدد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>إل&amp;غاء التنشيط</translation>
    </message>
    <message>
        <source>Deactivate the selected employee: kept, but no longer offered for new meal requests</source>
        <translation>إلغاء تنشيط الموظف المحدد: يبقى محفوظًا، لكنه لا يُعرض بعد الآن لطلبات الوجبات الجديدة</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected employee (Del); one named on a meal request is deactivated instead</source>
        <translation>حذف الموظف المحدد (Del)؛ أما الموظف المذكور في طلب وجبة فيُلغى تنشيطه بدلًا من حذفه</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <source>Add and update employees from a CSV file, with a preview first</source>
        <translation>إضافة الموظفين وتحديثهم من ملف CSV، مع معاينة مسبقة</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Save the employees the filter shows as a CSV file that Import reads back</source>
        <translation>حفظ الموظفين الظاهرين حسب التصفية في ملف CSV يمكن إعادة استيراده</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>الأ&amp;قسام:</translation>
    </message>
    <message>
        <source>Show the employees of a department and of its sub-departments</source>
        <translation>عرض موظفي القسم وأقسامه الفرعية</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Digits find the employee with that code; other text finds it in the English or Arabic name (Ctrl+F)</source>
        <translation>الأرقام تبحث عن الموظف صاحب هذا الكود؛ وأي نص آخر يُبحث عنه في الاسم الإنجليزي أو العربي (Ctrl+F)</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>الكود أو الاسم</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Load the employees again (F5)</source>
        <translation>إعادة تحميل الموظفين (F5)</translation>
    </message>
    <message>
        <source>Active employees</source>
        <translation>الموظفون النشطون</translation>
    </message>
    <message>
        <source>Inactive employees</source>
        <translation>الموظفون غير النشطين</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>جميع الموظفين</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>جميع الأقسام</translation>
    </message>
    <message>
        <source>Loading employees</source>
        <translation>تحميل الموظفين</translation>
    </message>
    <message>
        <source>Loading departments</source>
        <translation>تحميل الأقسام</translation>
    </message>
    <message>
        <source>Loading the departments</source>
        <translation>تحميل الأقسام</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;تنشيط</translation>
    </message>
    <message>
        <source>Make the selected employee active again</source>
        <translation>إعادة تنشيط الموظف المحدد</translation>
    </message>
    <message>
        <source>The employees could not be loaded: %1</source>
        <translation>تعذّر تحميل الموظفين: %1</translation>
    </message>
    <message>
        <source>Loading employees…</source>
        <translation>جارٍ تحميل الموظفين…</translation>
    </message>
    <message>
        <source>Employees: %1 so far, counting…</source>
        <translation>الموظفون: %1 حتى الآن، جارٍ العد…</translation>
    </message>
    <message>
        <source>No employees match this filter.</source>
        <translation>لا يوجد موظفون مطابقون لهذه التصفية.</translation>
    </message>
    <message>
        <source>No employees yet.</source>
        <translation>لا يوجد موظفون بعد.</translation>
    </message>
    <message>
        <source>Employees: %1</source>
        <translation>الموظفون: %1</translation>
    </message>
    <message>
        <source>Employee %1 saved.</source>
        <translation>تم حفظ الموظف %1.</translation>
    </message>
    <message>
        <source>Activating employee %1</source>
        <translation>تنشيط الموظف %1</translation>
    </message>
    <message>
        <source>Deactivating employee %1</source>
        <translation>إلغاء تنشيط الموظف %1</translation>
    </message>
    <message>
        <source>Employee %1 activated.</source>
        <translation>تم تنشيط الموظف %1.</translation>
    </message>
    <message>
        <source>Employee %1 deactivated.</source>
        <translation>تم إلغاء تنشيط الموظف %1.</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>حذف الموظف</translation>
    </message>
    <message>
        <source>Delete employee %1, %2 (code %3)?</source>
        <translation>هل تريد حذف الموظف %1، %2 (الكود %3)؟</translation>
    </message>
    <message>
        <source>An employee named on a meal request is not deleted but deactivated, so that the request keeps its lines.</source>
        <translation>الموظف المذكور في طلب وجبة لا يُحذف بل يُلغى تنشيطه، حتى يحتفظ الطلب ببنوده.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Deleting employee %1</source>
        <translation>حذف الموظف %1</translation>
    </message>
    <message>
        <source>Employee %1 deleted.</source>
        <translation>تم حذف الموظف %1.</translation>
    </message>
    <message>
        <source>Employee %1 is named on meal requests, so it was deactivated instead of deleted.</source>
        <translation>الموظف %1 مذكور في طلبات وجبات، لذا أُلغي تنشيطه بدلًا من حذفه.</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>تم إلغاء تنشيط الموظف</translation>
    </message>
    <message>
        <source>Employees imported: %1 added, %2 updated.</source>
        <translation>تم استيراد الموظفين: أُضيف %1، وحُدِّث %2.</translation>
    </message>
    <message>
        <source>Export employees to</source>
        <translation>تصدير الموظفين إلى</translation>
    </message>
    <message>
        <source>Exporting employees</source>
        <translation>تصدير الموظفين</translation>
    </message>
    <message>
        <source>Employees exported to %1.</source>
        <translation>تم تصدير الموظفين إلى %1.</translation>
    </message>
    <message>
        <source>Deactivate employee</source>
        <translation>إلغاء تنشيط موظف</translation>
    </message>
    <message>
        <source>Deactivate employee %1, %2 (code %3)?</source>
        <translation>هل تريد إلغاء تنشيط الموظف %1، %2 (الرمز %3)؟</translation>
    </message>
    <message>
        <source>The employee is kept, but no longer offered for new meal requests. Activate brings them back.</source>
        <translation>يبقى الموظف محفوظًا، لكنه لا يُعرض بعد الآن في طلبات الوجبات الجديدة. يعيده خيار التنشيط.</translation>
    </message>
    <message>
        <source>Deactivate employees</source>
        <translation>إلغاء تنشيط موظفين</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate the %n active employee(s) selected?</source>
        <translation>
            <numerusform>لا يوجد موظف نشط محدد.</numerusform>
            <numerusform>هل تريد إلغاء تنشيط الموظف النشط المحدد؟</numerusform>
            <numerusform>هل تريد إلغاء تنشيط الموظفَين النشطَين المحددَين؟</numerusform>
            <numerusform>هل تريد إلغاء تنشيط %n موظفين نشطين محددين؟</numerusform>
            <numerusform>هل تريد إلغاء تنشيط %n موظفًا نشطًا محددًا؟</numerusform>
            <numerusform>هل تريد إلغاء تنشيط %n موظف نشط محدد؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n employee(s)</source>
        <translation>
            <numerusform>إلغاء تنشيط %n موظف</numerusform>
            <numerusform>إلغاء تنشيط موظف واحد</numerusform>
            <numerusform>إلغاء تنشيط موظفَين</numerusform>
            <numerusform>إلغاء تنشيط %n موظفين</numerusform>
            <numerusform>إلغاء تنشيط %n موظفًا</numerusform>
            <numerusform>إلغاء تنشيط %n موظف</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept, but no longer offered for new meal requests. Activate brings each back.</source>
        <translation>يبقون محفوظين، لكنهم لا يُعرضون بعد الآن في طلبات الوجبات الجديدة. يعيد خيار التنشيط كلًّا منهم.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n employee(s)</source>
        <translation>
            <numerusform>إلغاء تنشيط %n موظف</numerusform>
            <numerusform>إلغاء تنشيط موظف واحد</numerusform>
            <numerusform>إلغاء تنشيط موظفَين</numerusform>
            <numerusform>إلغاء تنشيط %n موظفين</numerusform>
            <numerusform>إلغاء تنشيط %n موظفًا</numerusform>
            <numerusform>إلغاء تنشيط %n موظف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>إنشاء أول مسؤول</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>جارٍ إنشاء الحساب…</translation>
    </message>
    <message>
        <source>The database %1 has no accounts yet.

Create its first super administrator: this account may do everything in MealDesk, including creating the other accounts.</source>
        <translation>لا تحتوي قاعدة البيانات %1 على أي حسابات بعد.

أنشئ أول مشرف عام لها: يحق لهذا الحساب فعل كل شيء في MealDesk، بما في ذلك إنشاء الحسابات الأخرى.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>إ&amp;نشاء المسؤول</translation>
    </message>
    <message>
        <source>&amp;Quit MealDesk</source>
        <translation>إ&amp;غلاق MealDesk</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Updated</source>
        <translation>تم التحديث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بدون تغيير</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>رقم الموظف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تمت الإضافة</translation>
    </message>
    <message>
        <source>Would be added</source>
        <translation>ستتم الإضافة</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>سيتم التحديث</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop what is loading</source>
        <translation>إيقاف ما يجري تحميله</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 (ومهمة أخرى)</numerusform>
            <numerusform>%1 (ومهمتان أخريان)</numerusform>
            <numerusform>%1 (و%n مهام أخرى)</numerusform>
            <numerusform>%1 (و%n مهمة أخرى)</numerusform>
            <numerusform>%1 (و%n مهمة أخرى)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JwtInspector</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>قيمة مفقودة</translation>
    </message>
    <message>
        <source>The %1 is not base64url: unexpected %2 at position %3.</source>
        <translation>%1 ليس بترميز base64url: %2 غير متوقع في الموضع %3.</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: its length (%2) is impossible.</source>
        <translation>%1 ليس بترميز base64url صالح: طوله (%2) غير ممكن.</translation>
    </message>
    <message>
        <source>The %1 is not JSON: %2 at byte %3.</source>
        <translation>%1 ليس بصيغة JSON: %2 عند البايت %3.</translation>
    </message>
    <message>
        <source>The %1 is a JSON array, not an object.</source>
        <translation>%1 مصفوفة JSON وليس كائنًا.</translation>
    </message>
    <message>
        <source>The %1 claim must be a number of seconds, not %2.</source>
        <translation>يجب أن تكون المطالبة %1 عددًا من الثواني، لا %2.</translation>
    </message>
    <message>
        <source>The %1 claim (%2) is out of range: seconds since 1970, up to the end of the year 9999.</source>
        <translation>المطالبة %1 (%2) خارج النطاق المسموح: عدد الثواني منذ عام 1970، حتى نهاية عام 9999.</translation>
    </message>
    <message>
        <source>The %1 claim must be a string (access or refresh), not %2.</source>
        <translation>يجب أن تكون المطالبة %1 نصًا (access أو refresh)، لا %2.</translation>
    </message>
    <message>
        <source>The %1 claim is &quot;%2&quot;: only access and refresh tokens are revoked.</source>
        <translation>قيمة المطالبة %1 هي &quot;%2&quot;: لا تُبطَل إلا رموز access و refresh.</translation>
    </message>
    <message>
        <source>The type and token_type claims disagree.</source>
        <translation>المطالبتان type و token_type غير متوافقتين.</translation>
    </message>
    <message>
        <source>The sub claim must be a string, not %1.</source>
        <translation>يجب أن تكون المطالبة sub نصًا، لا %1.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; a token has at most %2 (16 KiB).</source>
        <translation>عدد أحرف النص %1، والحد الأقصى لطول الرمز %2 (16 KiB).</translation>
    </message>
    <message>
        <source>There is no token after &quot;Bearer&quot;.</source>
        <translation>لا يوجد رمز بعد &quot;Bearer&quot;.</translation>
    </message>
    <message>
        <source>Nothing to inspect: paste a token or a jti.</source>
        <translation>لا يوجد ما يُفحص: الصق رمزًا أو قيمة jti.</translation>
    </message>
    <message>
        <source>A JWT has three segments separated by dots (header.payload.signature); this text has %1. To revoke a jti that contains dots, enter it as a jti.</source>
        <translation>يتكون JWT من ثلاثة أجزاء تفصل بينها نقاط (header.payload.signature)؛ وعدد الأجزاء في هذا النص %1. لإبطال قيمة jti تحتوي على نقاط، أدخلها بوصفها jti.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>جزء الترويسة</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>جزء الحمولة</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>جزء التوقيع</translation>
    </message>
    <message>
        <source>The %1 segment is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>The payload has no jti claim: there is nothing to revoke the token by.</source>
        <translation>لا تحتوي الحمولة على المطالبة jti: لا يوجد ما يمكن إبطال الرمز بواسطته.</translation>
    </message>
    <message>
        <source>The jti claim must be a JSON string, not %1.</source>
        <translation>يجب أن تكون المطالبة jti سلسلة نصية JSON، لا %1.</translation>
    </message>
    <message>
        <source>The jti is empty.</source>
        <translation>قيمة jti فارغة.</translation>
    </message>
    <message>
        <source>The jti is not valid Unicode (it contains a lone surrogate).</source>
        <translation>قيمة jti ليست نصًا صالحًا بترميز Unicode (تحتوي على نصف زوج بديل منفرد).</translation>
    </message>
    <message>
        <source>The jti contains whitespace at position %1.</source>
        <translation>تحتوي قيمة jti على مسافة بيضاء في الموضع %1.</translation>
    </message>
    <message>
        <source>The jti contains a control character (U+%1) at position %2.</source>
        <translation>تحتوي قيمة jti على حرف تحكم (U+%1) في الموضع %2.</translation>
    </message>
    <message>
        <source>The jti is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف قيمة jti هو %1، والحد الأقصى المسموح به %2.</translation>
    </message>
</context>
<context>
    <name>KeysetQuery</name>
    <message>
        <source>Cannot sort by &apos;%1&apos;.</source>
        <translation>لا يمكن الفرز حسب &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A page holds 1 to 10000 rows, not %1.</source>
        <translation>يجب أن يكون عدد صفوف الصفحة بين 1 و10000، وليس %1.</translation>
    </message>
    <message>
        <source>Cannot skip a negative number of rows (%1).</source>
        <translation>لا يمكن تخطي عدد سالب من الصفوف (%1).</translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>The office day whose meals the sheet lists</source>
        <translation>يوم العمل الذي يسرد الكشف وجباته</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Show today&apos;s sheet</source>
        <translation>عرض كشف اليوم</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the sheet: counts by department and meal type, then the names</source>
        <translation>طباعة الكشف: الأعداد حسب القسم ونوع الوجبة، ثم الأسماء</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF file</source>
        <translation>حفظ الكشف كملف PDF</translation>
    </message>
    <message>
        <source>&amp;Meals by department</source>
        <translation>ال&amp;وجبات حسب القسم</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>الأ&amp;سماء</translation>
    </message>
    <message>
        <source>Meal, department, employee</source>
        <translation>الوجبة، القسم، الموظف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الكود</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>الوجبات</translation>
    </message>
    <message>
        <source>Loading the kitchen sheet</source>
        <translation>تحميل كشف المطبخ</translation>
    </message>
    <message>
        <source>The sheet could not be loaded.</source>
        <translation>تعذّر تحميل الكشف.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s)</source>
        <translation>
            <numerusform>لا وجبات</numerusform>
            <numerusform>وجبة واحدة</numerusform>
            <numerusform>وجبتان</numerusform>
            <numerusform>%n وجبات</numerusform>
            <numerusform>%n وجبة</numerusform>
            <numerusform>%n وجبة</numerusform>
        </translation>
    </message>
    <message>
        <source>No meals on this day</source>
        <translation>لا توجد وجبات في هذا اليوم</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Kitchen sheet %1</source>
        <translation>كشف المطبخ %1</translation>
    </message>
    <message>
        <source>Print the Kitchen Sheet</source>
        <translation>طباعة كشف المطبخ</translation>
    </message>
    <message>
        <source>Kitchen sheet of %1 sent to the printer.</source>
        <translation>أُرسل كشف المطبخ ليوم %1 إلى الطابعة.</translation>
    </message>
    <message>
        <source>Export the Kitchen Sheet as PDF</source>
        <translation>تصدير كشف المطبخ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>kitchen-sheet-%1.pdf</source>
        <translation>kitchen-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>Exporting the kitchen sheet: %1 could not be written.</source>
        <translation>تصدير كشف المطبخ: تعذّرت الكتابة إلى %1.</translation>
    </message>
    <message>
        <source>Kitchen sheet saved as %1.</source>
        <translation>حُفظ كشف المطبخ باسم %1.</translation>
    </message>
</context>
<context>
    <name>KitchenSheet</name>
    <message>
        <source>No department</source>
        <translation>بدون قسم</translation>
    </message>
    <message>
        <source>Kitchen sheet: %1</source>
        <translation>كشف المطبخ: %1</translation>
    </message>
    <message>
        <source>No meals.</source>
        <translation>لا توجد وجبات.</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) in all.</source>
        <translation>
            <numerusform>لا وجبات إجمالًا.</numerusform>
            <numerusform>وجبة واحدة إجمالًا.</numerusform>
            <numerusform>وجبتان إجمالًا.</numerusform>
            <numerusform>%n وجبات إجمالًا.</numerusform>
            <numerusform>%n وجبة إجمالًا.</numerusform>
            <numerusform>%n وجبة إجمالًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meal(s)</source>
        <translation>
            <numerusform>%1: لا وجبات</numerusform>
            <numerusform>%1: وجبة واحدة</numerusform>
            <numerusform>%1: وجبتان</numerusform>
            <numerusform>%1: %n وجبات</numerusform>
            <numerusform>%1: %n وجبة</numerusform>
            <numerusform>%1: %n وجبة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>MealDesk</source>
        <translation>MealDesk</translation>
    </message>
    <message>
        <source>MealDesk: administration of the meal-request system.</source>
        <translation>MealDesk: إدارة نظام طلبات الوجبات.</translation>
    </message>
    <message>
        <source>The database: sqlite:///path/to/file.db or postgresql://user@host[:port]/dbname. Without it, the demo database.</source>
        <translation>قاعدة البيانات: sqlite:///path/to/file.db أو postgresql://user@host[:port]/dbname. إذا لم تُحدَّد، تُستخدم قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The language of the interface: %1.</source>
        <translation>لغة الواجهة: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>MealDesk cannot start: the database URL is not valid.</source>
        <translation>تعذّر تشغيل MealDesk: عنوان URL لقاعدة البيانات غير صالح.</translation>
    </message>
    <message>
        <source>%1

Examples:
sqlite:///home/me/mealdesk.db
postgresql://mealdesk@db.example.org:5432/mealdesk</source>
        <translation>%1

أمثلة:
sqlite:///home/me/mealdesk.db
postgresql://mealdesk@db.example.org:5432/mealdesk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MealDesk</source>
        <translation>MealDesk</translation>
    </message>
    <message>
        <source>MealDesk could not open the database</source>
        <translation>تعذّر على MealDesk فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>&amp;Other Database…</source>
        <translation>قاعدة بيانات &amp;أخرى…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open the demo database, another SQLite file or a PostgreSQL server</source>
        <translation>فتح قاعدة البيانات التجريبية أو ملف SQLite آخر أو خادم PostgreSQL</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Sign out and sign in again, possibly on another database</source>
        <translation>تسجيل الخروج ثم تسجيل الدخول مجددًا، ربما على قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Add a new item to the current screen</source>
        <translation>إضافة عنصر جديد إلى الشاشة الحالية</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter in the table)</source>
        <translation>تعديل العنصر المحدد (Enter في الجدول)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>حذف العنصر المحدد</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Go to the search box of the current screen</source>
        <translation>الانتقال إلى مربع البحث في الشاشة الحالية</translation>
    </message>
    <message>
        <source>&amp;About MealDesk</source>
        <translation>&amp;حول MealDesk</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>%1 demo database %2</source>
        <translation>قاعدة بيانات %1 التجريبية %2</translation>
    </message>
    <message>
        <source>%1 database %2</source>
        <translation>قاعدة بيانات %1 %2</translation>
    </message>
    <message>
        <source>This database has no accounts yet: create the first administrator to continue.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على أي حسابات بعد: أنشئ أول مسؤول للمتابعة.</translation>
    </message>
    <message>
        <source>Waiting for the first administrator…</source>
        <translation>في انتظار إنشاء أول مسؤول…</translation>
    </message>
    <message>
        <source>%1 failed for the database %2.

%3</source>
        <translation>فشلت عملية %1 لقاعدة البيانات %2.

%3</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>إصدار المخطط %1</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>About MealDesk</source>
        <translation>حول MealDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MealDesk %1&lt;/h3&gt;&lt;p&gt;The desktop administration tool of the MealDesk meal-request system, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MealDesk %1&lt;/h3&gt;&lt;p&gt;أداة سطح المكتب لإدارة نظام MealDesk لطلبات الوجبات، على SQLite أو PostgreSQL.&lt;/p&gt;&lt;p&gt;بُنيت باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>MealDesk will use %1 the next time it starts.</source>
        <translation>سيستخدم MealDesk اللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was created by the web backend. MealDesk opens it once it has added %n column(s) of its own; nothing was changed:
%2</source>
        <translation>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف لا أعمدة خاصة به؛ لم يتغير شيء:
%2</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف عمودًا واحدًا خاصة به؛ لم يتغير شيء:
%2</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف عمودين خاصة به؛ لم يتغير شيء:
%2</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف %n أعمدة خاصة به؛ لم يتغير شيء:
%2</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف %n عمودًا خاصة به؛ لم يتغير شيء:
%2</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات %1. يفتحها MealDesk بعد أن يضيف %n عمود خاصة به؛ لم يتغير شيء:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt the Web Backend&apos;s Tables</source>
        <translation>اعتماد جداول الواجهة الخلفية للويب</translation>
    </message>
    <message numerus="yes">
        <source>This database was created by the web backend. To work with it, MealDesk adds %n column(s) of its own, in one transaction; none of the backend&apos;s columns or rows are changed:

%1

The backend keeps working as before.</source>
        <translation>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk لا أعمدة خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk عمودًا واحدًا خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk عمودين خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk %n أعمدة خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk %n عمودًا خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
            <numerusform>أنشأت الواجهة الخلفية للويب قاعدة البيانات هذه. للعمل عليها يضيف MealDesk %n عمود خاصة به في معاملة واحدة؛ ولا يتغير أي عمود أو صف من أعمدة الواجهة الخلفية وصفوفها:

%1

تستمر الواجهة الخلفية في العمل كما كانت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Columns</source>
        <translation>إضافة الأعمدة</translation>
    </message>
    <message>
        <source>Connection not verified: use sslmode=verify-full</source>
        <translation>الاتصال غير موثَّق: استخدم sslmode=verify-full</translation>
    </message>
    <message>
        <source>The database %1 needs its password to open.

%2</source>
        <translation>تحتاج قاعدة البيانات %1 إلى كلمة مرورها لكي تُفتح.

%2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;كيوت</translation>
    </message>
</context>
<context>
    <name>MealRequestRules</name>
    <message>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>يتكون السبب من %1 حرفًا؛ والحد الأقصى المسموح %2.</translation>
    </message>
    <message>
        <source>The request&apos;s notes leave no room for a reason (notes hold at most %1 characters).</source>
        <translation>لا تترك ملاحظات الطلب مكانًا للسبب (تتسع الملاحظات لـ %1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The reason has %1 characters; beside the request&apos;s notes at most %2 fit.</source>
        <translation>يتكون السبب من %1 حرفًا؛ ولا يتسع بجانب ملاحظات الطلب إلا لـ %2 على الأكثر.</translation>
    </message>
</context>
<context>
    <name>MealRequestService</name>
    <message>
        <source>Choose a day for the summary.</source>
        <translation>اختر يومًا للملخص.</translation>
    </message>
    <message>
        <source>A request that is %1 is final: it cannot become %2.</source>
        <translation>الطلب ذو الحالة %1 نهائي: لا يمكن أن تصبح حالته %2.</translation>
    </message>
    <message>
        <source>A request cannot go from %1 to %2.</source>
        <translation>لا يمكن نقل الطلب من الحالة %1 إلى الحالة %2.</translation>
    </message>
    <message>
        <source>Only its requester may submit meal request %1.</source>
        <translation>لا يحق تقديم طلب الوجبة %1 إلا لمقدم الطلب.</translation>
    </message>
    <message>
        <source>Meal request %1 was changed by someone else: it is %2 now, not %3. Reload it.</source>
        <translation>غيّر مستخدم آخر طلب الوجبة %1: حالته الآن %2 وليست %3. أعد تحميله.</translation>
    </message>
    <message>
        <source>Only your own requests can be copied; meal request %1 is %2&apos;s.</source>
        <translation>لا يمكن نسخ إلا طلباتك أنت؛ وطلب الوجبة %1 يخص %2.</translation>
    </message>
    <message>
        <source>Meal request %1 is %2: a request is copied once it is no longer Pending.</source>
        <translation>حالة طلب الوجبة %1 هي %2: لا يُنسخ الطلب إلا بعد أن تتغير حالته من «قيد الانتظار».</translation>
    </message>
    <message>
        <source>Meal request %1 already has a Pending copy: request %2.</source>
        <translation>لطلب الوجبة %1 نسخة قيد الانتظار بالفعل: الطلب %2.</translation>
    </message>
    <message>
        <source>Only its requester or a super admin may delete meal request %1.</source>
        <translation>لا يحق حذف طلب الوجبة %1 إلا لمقدم الطلب أو المشرف العام.</translation>
    </message>
    <message>
        <source>Meal request %1 is %2: only Pending requests can be deleted.</source>
        <translation>حالة طلب الوجبة %1 هي %2: لا يمكن حذف إلا الطلبات قيد الانتظار.</translation>
    </message>
    <message>
        <source>Choose the first day.</source>
        <translation>اختر اليوم الأول.</translation>
    </message>
    <message>
        <source>Choose the last day.</source>
        <translation>اختر اليوم الأخير.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>اليوم الأخير (%1) يسبق اليوم الأول (%2).</translation>
    </message>
    <message>
        <source>Choose at most %1 days; %2 to %3 are %4 days.</source>
        <translation>اختر فترة لا تتجاوز %1 من الأيام؛ فالفترة من %2 إلى %3 تضم %4 من الأيام.</translation>
    </message>
    <message>
        <source>Unknown meal request status %1.</source>
        <translation>حالة طلب الوجبة %1 غير معروفة.</translation>
    </message>
    <message>
        <source>Meal request %1 does not exist.</source>
        <translation>طلب الوجبة %1 غير موجود.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Meal request %1 has no employees of your departments.</source>
        <translation>لا يضم طلب الوجبة %1 أي موظف من أقسامك.</translation>
    </message>
    <message>
        <source>The notes have %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف الملاحظات %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>Meal type %1 does not exist.</source>
        <translation>نوع الوجبة %1 غير موجود.</translation>
    </message>
    <message>
        <source>The meal type %1 is not offered any more.</source>
        <translation>نوع الوجبة %1 لم يعد متاحًا.</translation>
    </message>
    <message>
        <source>Line %1: employee %2 does not exist.</source>
        <translation>البند %1: الموظف %2 غير موجود.</translation>
    </message>
    <message>
        <source>Line %1: employee %2 is inactive.</source>
        <translation>البند %1: الموظف %2 غير نشط.</translation>
    </message>
    <message>
        <source>Line %1: employee %2 is not in one of your departments.</source>
        <translation>البند %1: الموظف %2 ليس في أحد أقسامك.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the notes have %3 characters; at most %4 are allowed.</source>
        <translation>البند %1 (%2): عدد أحرف الملاحظات %3، والحد الأقصى المسموح به %4.</translation>
    </message>
    <message>
        <source>Line %1 (%2): shift hours must be more than 0 and at most %3.</source>
        <translation>البند %1 (%2): يجب أن تكون ساعات المناوبة أكثر من 0 وألا تتجاوز %3.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>القسم %1 غير موجود.</translation>
    </message>
    <message>
        <source>The department %1 is not one of your departments.</source>
        <translation>القسم %1 ليس من أقسامك.</translation>
    </message>
    <message>
        <source>Employee %1 is listed twice.</source>
        <translation>الموظف %1 مُدرج مرتين.</translation>
    </message>
    <message>
        <source>A meal request needs at least one active employee.</source>
        <translation>يحتاج طلب الوجبة إلى موظف نشط واحد على الأقل.</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (الطلب %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و%1 آخرون</translation>
    </message>
    <message>
        <source>Already requested for %1 on %2: %3.</source>
        <translation>سبق طلب %1 بتاريخ %2 لكل من: %3.</translation>
    </message>
    <message>
        <source>Meal request line %1 does not exist.</source>
        <translation>بند طلب الوجبة %1 غير موجود.</translation>
    </message>
    <message>
        <source>Employee %1 is not in one of your departments.</source>
        <translation>الموظف %1 ليس في أحد أقسامك.</translation>
    </message>
    <message>
        <source>Meal request %1 is %2: its lines can change only while it is Pending.</source>
        <translation>حالة طلب الوجبة %1 هي %2: لا يمكن تغيير بنوده إلا وهو قيد الانتظار.</translation>
    </message>
    <message>
        <source>Meal request %1 has employees outside your departments (%2): decide their lines one by one, or ask someone who covers every department.</source>
        <translation>طلب الوجبات %1 يضم موظفين من خارج أقسامك (%2): قرّر في بنودهم بندًا بندًا، أو اطلب ذلك ممن يغطي كل الأقسام.</translation>
    </message>
    <message>
        <source>Meal request line %1 is listed twice.</source>
        <translation>بند طلب الوجبة %1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>Meal request %1 is listed twice.</source>
        <translation>طلب الوجبة %1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>A reason is given only when rejecting.</source>
        <translation>يُذكر السبب عند الرفض فقط.</translation>
    </message>
</context>
<context>
    <name>MealRequestsModel</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>On Progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>الوجبة</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>أغلقه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message numerus="yes">
        <source>Another MealDesk has been upgrading this database for more than %n second(s); try again when it is done.</source>
        <translation>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من %n ثانية؛ حاول مرة أخرى عند انتهائه.</numerusform>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من ثانية واحدة؛ حاول مرة أخرى عند انتهائه.</numerusform>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من ثانيتين؛ حاول مرة أخرى عند انتهائه.</numerusform>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من %n ثوانٍ؛ حاول مرة أخرى عند انتهائه.</numerusform>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من %n ثانية؛ حاول مرة أخرى عند انتهائه.</numerusform>
            <numerusform>يحدّث برنامج MealDesk آخر قاعدة البيانات هذه منذ أكثر من %n ثانية؛ حاول مرة أخرى عند انتهائه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New Meal Request</source>
        <translation>طلب وجبة جديد</translation>
    </message>
    <message>
        <source>&amp;Meal:</source>
        <translation>ال&amp;وجبة:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ال&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>For the whole request (optional, up to 256 characters)</source>
        <translation>للطلب بأكمله (اختياري، 256 حرفًا كحد أقصى)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>An employee code, or a part of the English or Arabic name</source>
        <translation>كود الموظف، أو جزء من الاسم الإنجليزي أو العربي</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>البحث بالكود أو الاسم</translation>
    </message>
    <message>
        <source>Add the selected employees to the request (Enter in the list does it too)</source>
        <translation>إضافة الموظفين المحددين إلى الطلب (يؤدي الضغط على Enter في القائمة الغرض نفسه)</translation>
    </message>
    <message>
        <source>&amp;Add employees</source>
        <translation>إ&amp;ضافة الموظفين</translation>
    </message>
    <message>
        <source>Whole departments</source>
        <translation>أقسام كاملة</translation>
    </message>
    <message>
        <source>Every active employee of the department (not of its sub-departments) is added when the request is created</source>
        <translation>يُضاف كل موظف نشط في القسم (دون أقسامه الفرعية) عند إنشاء الطلب</translation>
    </message>
    <message>
        <source>Add &amp;whole department</source>
        <translation>إضافة القسم &amp;كاملًا</translation>
    </message>
    <message>
        <source>&amp;Lines (F2 edits a line&apos;s notes):</source>
        <translation>ال&amp;بنود (F2 لتعديل ملاحظات البند):</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Notes for the kitchen about this employee&apos;s meal (F2 edits)</source>
        <translation>ملاحظات للمطبخ حول وجبة هذا الموظف (F2 للتعديل)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>إ&amp;نشاء الطلب</translation>
    </message>
    <message>
        <source>The meals could not be read: %1</source>
        <translation>تعذّرت قراءة الوجبات: %1</translation>
    </message>
    <message>
        <source>The departments could not be read: %1</source>
        <translation>تعذّرت قراءة الأقسام: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No active employee matches.</source>
        <translation>لا يوجد موظف نشط مطابق.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>أول %1 من النتائج المطابقة؛ اكتب المزيد لتضييقها.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>All active employees</source>
        <translation>جميع الموظفين النشطين</translation>
    </message>
    <message>
        <source>Choose the meal.</source>
        <translation>اختر الوجبة.</translation>
    </message>
    <message>
        <source>Add at least one employee or a whole department.</source>
        <translation>أضف موظفًا واحدًا على الأقل أو قسمًا كاملًا.</translation>
    </message>
    <message>
        <source>Creating a meal request</source>
        <translation>إنشاء طلب وجبة</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Create Meal Request</source>
        <translation>إنشاء طلب وجبة</translation>
    </message>
    <message numerus="yes">
        <source>The request will have %n line(s), one for each employee. Create it?</source>
        <translation>
            <numerusform>لن يكون في الطلب أي بند. هل تريد إنشاءه؟</numerusform>
            <numerusform>سيكون في الطلب بند واحد لموظف واحد. هل تريد إنشاءه؟</numerusform>
            <numerusform>سيكون في الطلب بندان، واحد لكل موظف. هل تريد إنشاءه؟</numerusform>
            <numerusform>سيكون في الطلب %n بنود، واحد لكل موظف. هل تريد إنشاءه؟</numerusform>
            <numerusform>سيكون في الطلب %n بندًا، واحد لكل موظف. هل تريد إنشاءه؟</numerusform>
            <numerusform>سيكون في الطلب %n بند، واحد لكل موظف. هل تريد إنشاءه؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the employees…</source>
        <translation>جارٍ عدّ الموظفين…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) will get a line.</source>
        <translation>
            <numerusform>لن يحصل أي موظف على بند.</numerusform>
            <numerusform>سيحصل موظف واحد على بند.</numerusform>
            <numerusform>سيحصل موظفان على بند.</numerusform>
            <numerusform>سيحصل %n موظفين على بند.</numerusform>
            <numerusform>سيحصل %n موظفًا على بند.</numerusform>
            <numerusform>سيحصل %n موظف على بند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The employees could not be counted: %1</source>
        <translation>تعذّر عدّ الموظفين: %1</translation>
    </message>
</context>
<context>
    <name>OriginDialog</name>
    <message>
        <source>&amp;Origin:</source>
        <translation>الأ&amp;صل:</translation>
    </message>
    <message>
        <source>scheme://host[:port], e.g. https://app.example.com or http://localhost:5173. It is stored as a browser sends it in its Origin header.</source>
        <translation>scheme://host[:port]، مثل https://app.example.com أو http://localhost:5173. يُخزَّن كما يرسله المتصفح في ترويسة Origin.</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Optional: what the origin is for (at most 256 characters).</source>
        <translation>اختياري: الغرض من الأصل (256 حرفًا كحد أقصى).</translation>
    </message>
    <message>
        <source>Optional, e.g. staging web app</source>
        <translation>اختياري، مثل: تطبيق الويب التجريبي</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Edit allowed origin</source>
        <translation>تعديل أصل مسموح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>A stored origin is not renamed: remove it and add the new one.</source>
        <translation>لا تُعاد تسمية أصل مخزَّن: أزِله وأضف الأصل الجديد.</translation>
    </message>
    <message>
        <source>Add allowed origin</source>
        <translation>إضافة أصل مسموح</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>يُخزَّن بالصيغة %1</translation>
    </message>
    <message>
        <source>Saving the note of %1</source>
        <translation>حفظ ملاحظة %1</translation>
    </message>
    <message>
        <source>Adding an allowed origin</source>
        <translation>إضافة أصل مسموح</translation>
    </message>
    <message>
        <source>Someone else changed this origin meanwhile; it has no note now. Save again to give it yours.</source>
        <translation>غيّر مستخدم آخر هذا الأصل في هذه الأثناء؛ ولم تعد له ملاحظة الآن. احفظ مجددًا لإضافة ملاحظتك.</translation>
    </message>
    <message>
        <source>Someone else changed this origin meanwhile; its note is now &quot;%1&quot;. Save again to replace it with yours.</source>
        <translation>غيّر مستخدم آخر هذا الأصل في هذه الأثناء؛ وملاحظته الآن &quot;%1&quot;. احفظ مجددًا لاستبدالها بملاحظتك.</translation>
    </message>
</context>
<context>
    <name>OriginList</name>
    <message>
        <source>The value has %1 characters; at most %2 are taken.</source>
        <translation>تحتوي القيمة على %1 حرفًا؛ ولا يؤخذ أكثر من %2.</translation>
    </message>
    <message>
        <source>The value has %1 entries; at most %2 are taken.</source>
        <translation>تحتوي القيمة على %1 مدخلًا؛ ولا يؤخذ أكثر من %2.</translation>
    </message>
</context>
<context>
    <name>OriginNormalizer</name>
    <message>
        <source>The origin has no host.</source>
        <translation>لا يحتوي الأصل على مضيف.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>المضيف &quot;%1&quot; ليس عنوان IPv6 صالحًا.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; contains a percent sign that is not followed by two hexadecimal digits.</source>
        <translation>يحتوي المضيف &quot;%1&quot; على علامة النسبة المئوية دون أن يليها رقمان ست عشريان.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid domain name: labels are letters, digits and hyphens, 1 to 63 characters, separated by single dots, not starting or ending with a hyphen.</source>
        <translation>المضيف &quot;%1&quot; ليس اسم نطاق صالحًا: تتكون المقاطع من أحرف وأرقام وشرطات، بطول من 1 إلى 63 حرفًا، وتفصل بينها نقطة واحدة، ولا تبدأ بشرطة ولا تنتهي بها.</translation>
    </message>
    <message>
        <source>The host label &quot;%1&quot; is not valid punycode.</source>
        <translation>مقطع المضيف &quot;%1&quot; ليس بترميز punycode صالح.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>المضيف &quot;%1&quot; ليس عنوان IPv4 صالحًا.</translation>
    </message>
    <message>
        <source>Browsers read the host &quot;%1&quot; as the IPv4 address %2: enter %2.</source>
        <translation>تقرأ المتصفحات المضيف &quot;%1&quot; على أنه عنوان IPv4 التالي: %2؛ أدخل %2.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>المنفذ &quot;%1&quot; ليس رقمًا.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: a port is 1 to 65535.</source>
        <translation>المنفذ %1 خارج النطاق: يجب أن يكون رقم المنفذ من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>The origin is empty.</source>
        <translation>الأصل فارغ.</translation>
    </message>
    <message>
        <source>The origin is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف الأصل %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>The origin contains whitespace at position %1; an origin has none.</source>
        <translation>يحتوي الأصل على مسافة بيضاء في الموضع %1؛ والأصل لا يحتوي على مسافات.</translation>
    </message>
    <message>
        <source>The origin contains a control character (U+%1) at position %2.</source>
        <translation>يحتوي الأصل على حرف تحكم (U+%1) في الموضع %2.</translation>
    </message>
    <message>
        <source>Wildcards (*) are not allowed: the backend sends credentials, so every origin must be listed exactly.</source>
        <translation>أحرف البدل (*) غير مسموح بها: الخادم الخلفي يرسل بيانات الاعتماد، لذا يجب إدراج كل أصل بدقة.</translation>
    </message>
    <message>
        <source>The origin must start with http:// or https:// (like https://example.com).</source>
        <translation>يجب أن يبدأ الأصل بـ http:// أو https:// (مثل https://example.com).</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not allowed: only http and https are.</source>
        <translation>البروتوكول &quot;%1&quot; غير مسموح به: لا يُسمح إلا بـ http و https.</translation>
    </message>
    <message>
        <source>The origin contains user info (&quot;%1&quot;); an origin has none.</source>
        <translation>يحتوي الأصل على معلومات مستخدم (&quot;%1&quot;)؛ والأصل لا يتضمن ذلك.</translation>
    </message>
    <message>
        <source>The IPv6 address &quot;%1&quot; has no closing bracket.</source>
        <translation>ينقص عنوان IPv6 &quot;%1&quot; القوس المعقوف الختامي.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the IPv6 address %2.</source>
        <translation>ورد &quot;%1&quot; بشكل غير متوقع بعد عنوان IPv6 %2.</translation>
    </message>
    <message>
        <source>An IPv6 address must be written in brackets, like https://[2001:db8::1]:8443.</source>
        <translation>يجب كتابة عنوان IPv6 بين قوسين معقوفين، مثل https://[2001:db8::1]:8443.</translation>
    </message>
    <message>
        <source>The origin has a path (&quot;%1&quot;); only a single trailing slash is allowed.</source>
        <translation>يحتوي الأصل على مسار (&quot;%1&quot;)؛ ولا يُسمح إلا بشرطة مائلة واحدة في النهاية.</translation>
    </message>
    <message>
        <source>The origin has a query (&quot;%1&quot;); an origin has none.</source>
        <translation>يحتوي الأصل على استعلام (&quot;%1&quot;)؛ والأصل لا يتضمن استعلامًا.</translation>
    </message>
    <message>
        <source>The origin has a fragment (&quot;%1&quot;); an origin has none.</source>
        <translation>يحتوي الأصل على معرّف جزء (&quot;%1&quot;)؛ والأصل لا يتضمن ذلك.</translation>
    </message>
    <message>
        <source>The normalised origin is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف الأصل بعد توحيد صيغته %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin a browser would send: %2</source>
        <translation>&quot;%1&quot; ليس أصلًا يمكن أن يرسله متصفح: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what a browser sends; browsers send %2, which is allowed.</source>
        <translation>&quot;%1&quot; ليس ما يرسله المتصفح؛ فالمتصفحات ترسل %2، وهو مسموح به.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what a browser sends; browsers send %2, which is not allowed either.</source>
        <translation>&quot;%1&quot; ليس ما يرسله المتصفح؛ فالمتصفحات ترسل %2، وهو غير مسموح به أيضًا.</translation>
    </message>
</context>
<context>
    <name>OriginService</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>Allowed origin %1 does not exist.</source>
        <translation>الأصل المسموح %1 غير موجود.</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف الملاحظة %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>Origin %1 was changed by someone else; reload it.</source>
        <translation>غيّر مستخدم آخر الأصل %1؛ أعد تحميله.</translation>
    </message>
</context>
<context>
    <name>OriginsExportDialog</name>
    <message>
        <source>Export allowed origins</source>
        <translation>تصدير الأصول المسموحة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>No origin is active: the ALLOWED_ORIGINS value is empty.</source>
        <translation>لا يوجد أصل نشط: قيمة ALLOWED_ORIGINS فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>The %n active origin(s) as the backend&apos;s ALLOWED_ORIGINS value:</source>
        <translation>
            <numerusform>لا توجد أصول نشطة لقيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
            <numerusform>الأصل النشط الوحيد بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
            <numerusform>الأصلان النشطان بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
            <numerusform>الأصول النشطة الـ %n بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
            <numerusform>الأصول النشطة الـ %n بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
            <numerusform>الأصول النشطة الـ %n بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>تم ال&amp;نسخ</translation>
    </message>
    <message>
        <source>Save the ALLOWED_ORIGINS value</source>
        <translation>حفظ قيمة ALLOWED_ORIGINS</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>&amp;Saved</source>
        <translation>تم ال&amp;حفظ</translation>
    </message>
</context>
<context>
    <name>OriginsImportDialog</name>
    <message>
        <source>Import allowed origins</source>
        <translation>استيراد الأصول المسموحة</translation>
    </message>
    <message>
        <source>Paste the backend&apos;s ALLOWED_ORIGINS value (origins separated by commas) or load it from a file. Each entry is checked as you type. The import is all or nothing: if an entry is refused, nothing is imported unless you choose to skip the refused entries.</source>
        <translation>الصق قيمة ALLOWED_ORIGINS للخادم الخلفي (أصول مفصولة بفواصل) أو حمّلها من ملف. يُتحقق من كل إدخال أثناء الكتابة. الاستيراد إما كله أو لا شيء: إذا رُفض إدخال، فلن يُستورد شيء ما لم تختر تخطي الإدخالات المرفوضة.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>ال&amp;قيمة:</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>ت&amp;حميل من ملف…</translation>
    </message>
    <message>
        <source>https://app.example.com,https://admin.example.com</source>
        <translation>https://app.example.com,https://admin.example.com</translation>
    </message>
    <message>
        <source>Without this, one refused entry stops the whole import.</source>
        <translation>دون هذا الخيار، يوقف إدخال مرفوض واحد عملية الاستيراد بأكملها.</translation>
    </message>
    <message>
        <source>&amp;Skip refused entries and import the others</source>
        <translation>&amp;تخطي الإدخالات المرفوضة واستيراد البقية</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Origin, or why refused</source>
        <translation>الأصل، أو سبب الرفض</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>%1, as entry %2</source>
        <translation>%1، مثل الإدخال %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>%1 accepted, %2 duplicate(s), %3 refused. Origins already in the list are found when importing.</source>
        <translation>مقبول: %1، مكرر: %2، مرفوض: %3. تُكتشف الأصول الموجودة في القائمة مسبقًا عند الاستيراد.</translation>
    </message>
    <message>
        <source>Unless the refused entries are skipped, nothing is imported.</source>
        <translation>ما لم تُتخطَّ الإدخالات المرفوضة، لن يُستورد شيء.</translation>
    </message>
    <message>
        <source>Load an ALLOWED_ORIGINS value</source>
        <translation>تحميل قيمة ALLOWED_ORIGINS</translation>
    </message>
    <message>
        <source>Text and environment files (*.txt *.env)</source>
        <translation>ملفات نصية وملفات بيئة (*.txt *.env)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Importing allowed origins</source>
        <translation>استيراد الأصول المسموحة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>موجود بالفعل</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 already present, %3 duplicate(s), %4 refused.</source>
        <translation>تم الاستيراد: المضاف %1، والموجود بالفعل %2، والمكرر %3، والمرفوض %4.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 of %2 entries refused. Correct them, or tick &quot;Skip refused entries&quot; to import the others.</source>
        <translation>لم يُستورد شيء: رُفض %1 من أصل %2 من الإدخالات. صحّحها، أو حدد «تخطي الإدخالات المرفوضة» لاستيراد البقية.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: that is not an ALLOWED_ORIGINS value.</source>
        <translation>حجم %1 أكبر من %2 كيبيبايت: هذه ليست قيمة ALLOWED_ORIGINS.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>وقت الإضافة</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>وقت التعديل</translation>
    </message>
</context>
<context>
    <name>OriginsScreen</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Shows the origins whose address or note contains this text.</source>
        <translation>يعرض الأصول التي يحتوي عنوانها أو ملاحظتها على هذا النص.</translation>
    </message>
    <message>
        <source>Part of the origin or the note</source>
        <translation>جزء من الأصل أو الملاحظة</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Allow one more origin (Ins).</source>
        <translation>السماح بأصل إضافي (Ins).</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Change the note of the selected origin (Enter).</source>
        <translation>تغيير ملاحظة الأصل المحدد (Enter).</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>تعديل ال&amp;ملاحظة…</translation>
    </message>
    <message>
        <source>Stop allowing the selected origin without removing it, or allow it again.</source>
        <translation>إيقاف السماح بالأصل المحدد دون إزالته، أو السماح به مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Delete the selected origin from the list (Del).</source>
        <translation>حذف الأصل المحدد من القائمة (Del).</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Add the origins of an ALLOWED_ORIGINS value (a,b,c), pasted or from a file.</source>
        <translation>إضافة أصول قيمة ALLOWED_ORIGINS (a,b,c)، بلصقها أو من ملف.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>The active origins as the backend&apos;s ALLOWED_ORIGINS value.</source>
        <translation>الأصول النشطة بصيغة قيمة ALLOWED_ORIGINS للخادم الخلفي.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Test an origin</source>
        <translation>اختبار أصل</translation>
    </message>
    <message>
        <source>Would the backend allow this &amp;Origin header?</source>
        <translation>هل يسمح الخادم الخلفي بترويسة &amp;Origin هذه؟</translation>
    </message>
    <message>
        <source>The Origin header a browser would send, e.g. https://app.example.com. It is compared with the active origins exactly, as the backend does.</source>
        <translation>ترويسة Origin التي قد يرسلها المتصفح، مثل https://app.example.com. تُقارَن بالأصول النشطة مقارنةً تامة، كما يفعل الخادم الخلفي.</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>النشطة والمعطّلة</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>النشطة فقط</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>المعطّلة فقط</translation>
    </message>
    <message>
        <source>Loading allowed origins</source>
        <translation>تحميل الأصول المسموحة</translation>
    </message>
    <message>
        <source>Loading the allowed origins: %1</source>
        <translation>تحميل الأصول المسموحة: %1</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>ت&amp;مكين</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>لا أصول</numerusform>
            <numerusform>أصل واحد</numerusform>
            <numerusform>أصلان</numerusform>
            <numerusform>%n أصول</numerusform>
            <numerusform>%n أصلًا</numerusform>
            <numerusform>%n أصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 to the allowed origins.</source>
        <translation>أُضيف %1 إلى الأصول المسموحة.</translation>
    </message>
    <message>
        <source>Saved the note of %1.</source>
        <translation>حُفظت ملاحظة %1.</translation>
    </message>
    <message>
        <source>Enabling %1</source>
        <translation>تمكين %1</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>تعطيل %1</translation>
    </message>
    <message>
        <source>%1 is allowed again.</source>
        <translation>أصبح %1 مسموحًا مجددًا.</translation>
    </message>
    <message>
        <source>%1 is disabled: the backend no longer allows it.</source>
        <translation>عُطّل %1: لم يعد الخادم الخلفي يسمح به.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; the list shows it as it is now.</source>
        <translation>غيّر مستخدم آخر %1 في هذه الأثناء؛ تعرضه القائمة بحالته الحالية.</translation>
    </message>
    <message>
        <source>Remove allowed origin</source>
        <translation>إزالة أصل مسموح</translation>
    </message>
    <message>
        <source>Remove %1 from the allowed origins? The backend stops accepting requests from it at once. To stop it for a while instead, disable it.</source>
        <translation>هل تريد إزالة %1 من الأصول المسموحة؟ سيتوقف الخادم الخلفي عن قبول الطلبات الواردة منه فورًا. لإيقافه مؤقتًا بدلًا من ذلك، عطّله.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message>
        <source>Type the Origin header to test, like https://app.example.com.</source>
        <translation>اكتب ترويسة Origin المراد اختبارها، مثل https://app.example.com.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>جارٍ الاستعلام…</translation>
    </message>
    <message>
        <source>Allowed: the backend accepts requests from %1.</source>
        <translation>مسموح: يقبل الخادم الخلفي الطلبات الواردة من %1.</translation>
    </message>
    <message>
        <source>Not allowed: the backend refuses requests from %1.</source>
        <translation>غير مسموح: يرفض الخادم الخلفي الطلبات الواردة من %1.</translation>
    </message>
    <message>
        <source>The origin could not be tested: %1</source>
        <translation>تعذّر اختبار الأصل: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n origin(s).</source>
        <translation>
            <numerusform>لم يُستورد أي أصل.</numerusform>
            <numerusform>استُورد أصل واحد.</numerusform>
            <numerusform>استُورد أصلان.</numerusform>
            <numerusform>استُوردت %n أصول.</numerusform>
            <numerusform>استُورد %n أصلًا.</numerusform>
            <numerusform>استُورد %n أصل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting allowed origins</source>
        <translation>تصدير الأصول المسموحة</translation>
    </message>
    <message>
        <source>Exporting the allowed origins</source>
        <translation>تصدير الأصول المسموحة</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n origin(s)</source>
        <translation>
            <numerusform>تمكين %n أصل</numerusform>
            <numerusform>تمكين أصل واحد</numerusform>
            <numerusform>تمكين أصلين</numerusform>
            <numerusform>تمكين %n أصول</numerusform>
            <numerusform>تمكين %n أصلًا</numerusform>
            <numerusform>تمكين %n أصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n origin(s)</source>
        <translation>
            <numerusform>تعطيل %n أصل</numerusform>
            <numerusform>تعطيل أصل واحد</numerusform>
            <numerusform>تعطيل أصلين</numerusform>
            <numerusform>تعطيل %n أصول</numerusform>
            <numerusform>تعطيل %n أصلًا</numerusform>
            <numerusform>تعطيل %n أصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove allowed origins</source>
        <translation>إزالة أصول مسموحة</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected origin(s) from the allowed origins? The backend stops accepting requests from them at once. To stop them for a while instead, disable them.</source>
        <translation>
            <numerusform>هل تريد إزالة %n أصل محدد من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
            <numerusform>هل تريد إزالة الأصل المحدد من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
            <numerusform>هل تريد إزالة الأصلين المحددين من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
            <numerusform>هل تريد إزالة %n أصول محددة من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
            <numerusform>هل تريد إزالة %n أصلًا محددًا من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
            <numerusform>هل تريد إزالة %n أصل محدد من الأصول المسموحة؟ يتوقف الخادم عن قبول الطلبات منها فورًا. لإيقافها مؤقتًا بدلًا من ذلك، عطّلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n origin(s)</source>
        <translation>
            <numerusform>إزالة %n أصل</numerusform>
            <numerusform>إزالة أصل واحد</numerusform>
            <numerusform>إزالة أصلين</numerusform>
            <numerusform>إزالة %n أصول</numerusform>
            <numerusform>إزالة %n أصلًا</numerusform>
            <numerusform>إزالة %n أصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n origin(s)</source>
        <translation>
            <numerusform>إزالة %n أصل</numerusform>
            <numerusform>إزالة أصل واحد</numerusform>
            <numerusform>إزالة أصلين</numerusform>
            <numerusform>إزالة %n أصول</numerusform>
            <numerusform>إزالة %n أصلًا</numerusform>
            <numerusform>إزالة %n أصل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Pending meal requests:</source>
        <translation>طلبات الوجبات قيد الانتظار:</translation>
    </message>
    <message>
        <source>Signed in as %1 on the %2 database %3.</source>
        <translation>تم تسجيل الدخول باسم %1 إلى قاعدة بيانات %2 (%3).</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>جارٍ العد</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The counts could not be read (F5 tries again): %1</source>
        <translation>تعذّرت قراءة الأعداد (اضغط F5 لإعادة المحاولة): %1</translation>
    </message>
    <message>
        <source>Employees (all, active or not):</source>
        <translation>الموظفون (الكل، نشطون أو لا):</translation>
    </message>
    <message>
        <source>Departments (all):</source>
        <translation>الأقسام (الكل):</translation>
    </message>
    <message>
        <source>Revoked tokens (all):</source>
        <translation>الرموز المُبطَلة (الكل):</translation>
    </message>
    <message>
        <source>Allowed origins (active only):</source>
        <translation>الأصول المسموحة (النشطة فقط):</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>جارٍ حفظ كلمة المرور…</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>Choose a new password for %1. The old one stops working at once; tokens already issued stay valid until you sign the account out everywhere.</source>
        <translation>اختر كلمة مرور جديدة لـ %1. تتوقف كلمة المرور القديمة عن العمل فورًا؛ أما الرموز الصادرة مسبقًا فتبقى صالحة حتى تسجّل خروج الحساب من جميع الأجهزة.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Setting the password of %1</source>
        <translation>تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password must not be longer than 72 bytes in UTF-8 (bcrypt ignores the rest).</source>
        <translation>يجب ألا يتجاوز طول كلمة المرور 72 بايت بترميز UTF-8 (تتجاهل خوارزمية bcrypt ما زاد على ذلك).</translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>no password is remembered for this connection</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الاتصال</translation>
    </message>
    <message>
        <source>the desktop&apos;s keyring could not be reached (%1)</source>
        <translation>تعذّر الوصول إلى حلقة مفاتيح سطح المكتب (%1)</translation>
    </message>
</context>
<context>
    <name>PendingRowDelegate</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>RejectRequestDialog</name>
    <message>
        <source>Reject Meal Request</source>
        <translation>رفض طلب الوجبة</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Optional. Kept in the request&apos;s notes, after what the requester wrote.</source>
        <translation>اختياري. يُحفظ في ملاحظات الطلب بعد ما كتبه مقدّم الطلب.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message numerus="yes">
        <source>Reject meal request %1 (%2)? Its %n line(s) are all rejected and the request is closed; this cannot be undone.</source>
        <translation>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ لا بنود فيه، وسيُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ سيُرفض بنده الوحيد ويُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ سيُرفض بنداه كلاهما ويُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ ستُرفض بنوده الـ %n جميعها ويُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ ستُرفض بنوده الـ %n جميعها ويُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة %1 (%2)؟ ستُرفض بنوده الـ %n جميعها ويُغلق الطلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>رفض</translation>
    </message>
    <message numerus="yes">
        <source>Reject the %n Pending meal request(s) selected? Every line of them is rejected and each request is closed; this cannot be undone.</source>
        <translation>
            <numerusform>هل تريد رفض %n طلب وجبة قيد الانتظار محدد؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلب الوجبة المحدد قيد الانتظار؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض طلبَي الوجبة المحددَين قيد الانتظار؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض %n طلبات وجبات محددة قيد الانتظار؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض %n طلبًا محددًا قيد الانتظار؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد رفض %n طلب محدد قيد الانتظار؟ تُرفض كل بنودها ويُغلق كل طلب؛ ولا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Accept the selected lines (the Accepted box of a line, or Space, does it too)</source>
        <translation>قبول البنود المحددة (يؤدي مربع «مقبول» في البند، أو مفتاح Space، الغرض نفسه)</translation>
    </message>
    <message>
        <source>Acc&amp;ept lines</source>
        <translation>قبول البنود</translation>
    </message>
    <message>
        <source>Reject the selected lines: those employees get no meal</source>
        <translation>رفض البنود المحددة: لن يحصل هؤلاء الموظفون على وجبة</translation>
    </message>
    <message>
        <source>Re&amp;ject lines</source>
        <translation>رفض البنود</translation>
    </message>
    <message>
        <source>Approve the request: every line is accepted and the request is closed</source>
        <translation>اعتماد الطلب: تُقبل جميع البنود ويُغلق الطلب</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <source>Reject the request: every line is rejected and the request is closed</source>
        <translation>رفض الطلب: تُرفض جميع البنود ويُغلق الطلب</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Meal request %1</source>
        <translation>طلب الوجبة %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Loading meal request %1</source>
        <translation>تحميل طلب الوجبة %1</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>لم يُحدَّد أي طلب</translation>
    </message>
    <message>
        <source>Select a request above to see its lines here.</source>
        <translation>حدد طلبًا أعلاه لعرض بنوده هنا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meal request %1 · %2 · %3</source>
        <translation>طلب الوجبة %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Requested by %1 on %2.</source>
        <translation>قدّمه %1 في %2.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1 بواسطة %2 في %3.</translation>
    </message>
    <message>
        <source>A copy of request %1.</source>
        <translation>نسخة من الطلب %1.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>محذوف.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) accepted.</source>
        <translation>
            <numerusform>قُبل %1 من أصل %n بند.</numerusform>
            <numerusform>قُبل %1 من أصل بند واحد.</numerusform>
            <numerusform>قُبل %1 من أصل بندين.</numerusform>
            <numerusform>قُبل %1 من أصل %n بنود.</numerusform>
            <numerusform>قُبل %1 من أصل %n بندًا.</numerusform>
            <numerusform>قُبل %1 من أصل %n بند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Meal request %1 was changed by %2, reloaded: it is %3 now.</source>
        <translation>غيّر %2 طلب الوجبة %1، وأُعيد تحميله: حالته الآن %3.</translation>
    </message>
    <message>
        <source>Meal request %1 was changed by someone else and cannot be shown: %2</source>
        <translation>غيّر مستخدم آخر طلب الوجبة %1 ولا يمكن عرضه: %2</translation>
    </message>
    <message>
        <source>Accepting a line</source>
        <translation>قبول بند</translation>
    </message>
    <message>
        <source>Rejecting a line</source>
        <translation>رفض بند</translation>
    </message>
    <message>
        <source>Saving a line&apos;s notes</source>
        <translation>حفظ ملاحظات بند</translation>
    </message>
    <message>
        <source>Approve Meal Request</source>
        <translation>اعتماد طلب الوجبة</translation>
    </message>
    <message numerus="yes">
        <source>Approve meal request %1 (%3) with %2 of %n line(s) accepted? Rejected lines stay rejected; the request is closed and this cannot be undone.</source>
        <translation>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) ولا بنود فيه؟ يُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) مع قبول %2 من بند واحد؟ تبقى البنود المرفوضة مرفوضة، ويُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) مع قبول %2 من بندين؟ تبقى البنود المرفوضة مرفوضة، ويُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) مع قبول %2 من %n بنود؟ تبقى البنود المرفوضة مرفوضة، ويُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) مع قبول %2 من %n بندًا؟ تبقى البنود المرفوضة مرفوضة، ويُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة %1 (%3) مع قبول %2 من %n بند؟ تبقى البنود المرفوضة مرفوضة، ويُغلق الطلب ولا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Approving meal request %1</source>
        <translation>اعتماد طلب الوجبة %1</translation>
    </message>
    <message>
        <source>Rejecting meal request %1</source>
        <translation>رفض طلب الوجبة %1</translation>
    </message>
    <message numerus="yes">
        <source>Meal request %1 approved with %2 of %n line(s) accepted.</source>
        <translation>
            <numerusform>اعتُمد طلب الوجبة %1 ولا بنود فيه.</numerusform>
            <numerusform>اعتُمد طلب الوجبة %1 مع قبول %2 من بند واحد.</numerusform>
            <numerusform>اعتُمد طلب الوجبة %1 مع قبول %2 من بندين.</numerusform>
            <numerusform>اعتُمد طلب الوجبة %1 مع قبول %2 من %n بنود.</numerusform>
            <numerusform>اعتُمد طلب الوجبة %1 مع قبول %2 من %n بندًا.</numerusform>
            <numerusform>اعتُمد طلب الوجبة %1 مع قبول %2 من %n بند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meal request %1 rejected.</source>
        <translation>تم رفض طلب الوجبة %1.</translation>
    </message>
    <message>
        <source>Accepting lines</source>
        <translation>قبول البنود</translation>
    </message>
    <message>
        <source>Rejecting lines</source>
        <translation>رفض البنود</translation>
    </message>
    <message>
        <source>Approve Meal Requests</source>
        <translation>اعتماد طلبات الوجبات</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n Pending meal request(s) selected? Each keeps its line decisions; the requests are closed and this cannot be undone.</source>
        <translation>
            <numerusform>هل تريد اعتماد %n طلب وجبة قيد الانتظار محدد؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلب الوجبة المحدد قيد الانتظار؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد طلبَي الوجبة المحددَين قيد الانتظار؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد %n طلبات وجبات محددة قيد الانتظار؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد %n طلبًا محددًا قيد الانتظار؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد اعتماد %n طلب محدد قيد الانتظار؟ يحتفظ كل طلب بقرارات بنوده؛ وتُغلق الطلبات ولا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %n meal request(s)</source>
        <translation>
            <numerusform>اعتماد %n طلب وجبة</numerusform>
            <numerusform>اعتماد طلب وجبة واحد</numerusform>
            <numerusform>اعتماد طلبَي وجبة</numerusform>
            <numerusform>اعتماد %n طلبات وجبات</numerusform>
            <numerusform>اعتماد %n طلبًا</numerusform>
            <numerusform>اعتماد %n طلب وجبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n meal request(s)</source>
        <translation>
            <numerusform>رفض %n طلب وجبة</numerusform>
            <numerusform>رفض طلب وجبة واحد</numerusform>
            <numerusform>رفض طلبَي وجبة</numerusform>
            <numerusform>رفض %n طلبات وجبات</numerusform>
            <numerusform>رفض %n طلبًا</numerusform>
            <numerusform>رفض %n طلب وجبة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLinesModel</name>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Shift hours</source>
        <translation>ساعات المناوبة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Meal:</source>
        <translation>ال&amp;وجبة:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;مقدم الطلب:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>Requests with at least one employee of this department</source>
        <translation>الطلبات التي تضم موظفًا واحدًا على الأقل من هذا القسم</translation>
    </message>
    <message>
        <source>Only requests made on this day or later</source>
        <translation>الطلبات المقدمة في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Only requests made on this day or earlier</source>
        <translation>الطلبات المقدمة في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>Show the Pending requests</source>
        <translation>عرض الطلبات قيد الانتظار</translation>
    </message>
    <message>
        <source>Show the Approved requests</source>
        <translation>عرض الطلبات المعتمدة</translation>
    </message>
    <message>
        <source>Show the Rejected requests</source>
        <translation>عرض الطلبات المرفوضة</translation>
    </message>
    <message>
        <source>Show the requests still being prepared (On Progress)</source>
        <translation>عرض الطلبات التي لا تزال قيد الإعداد (قيد التنفيذ)</translation>
    </message>
    <message>
        <source>Show the requests of every status</source>
        <translation>عرض الطلبات بجميع حالاتها</translation>
    </message>
    <message>
        <source>A new meal request (Ins)</source>
        <translation>طلب وجبة جديد (Ins)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <source>A new Pending request with the same meal and employees as this one of yours</source>
        <translation>طلب جديد قيد الانتظار بنفس الوجبة والموظفين كهذا الطلب الخاص بك</translation>
    </message>
    <message>
        <source>Delete this Pending request (Del)</source>
        <translation>حذف هذا الطلب قيد الانتظار (Del)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any meal</source>
        <translation>أي وجبة</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>أي قسم</translation>
    </message>
    <message>
        <source>Loading meal requests</source>
        <translation>تحميل طلبات الوجبات</translation>
    </message>
    <message>
        <source>Loading the meal requests: %1</source>
        <translation>تحميل طلبات الوجبات: %1</translation>
    </message>
    <message numerus="yes">
        <source>Meal request %1 created with %n line(s).</source>
        <translation>
            <numerusform>أُنشئ طلب الوجبة %1 بلا بنود.</numerusform>
            <numerusform>أُنشئ طلب الوجبة %1 ببند واحد.</numerusform>
            <numerusform>أُنشئ طلب الوجبة %1 ببندين.</numerusform>
            <numerusform>أُنشئ طلب الوجبة %1 بـ %n بنود.</numerusform>
            <numerusform>أُنشئ طلب الوجبة %1 بـ %n بندًا.</numerusform>
            <numerusform>أُنشئ طلب الوجبة %1 بـ %n بند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Meal Request</source>
        <translation>حذف طلب الوجبة</translation>
    </message>
    <message numerus="yes">
        <source>Delete meal request %1 (%2, %n line(s))? It leaves the queue and the kitchen does not see it.</source>
        <translation>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، بلا بنود)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، بند واحد)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، بندان)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، %n بنود)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، %n بندًا)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
            <numerusform>هل تريد حذف طلب الوجبة %1 (%2، %n بند)؟ سيُزال من قائمة الانتظار ولن يراه المطبخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Reading the meals and requesters</source>
        <translation>قراءة الوجبات ومقدمي الطلبات</translation>
    </message>
    <message>
        <source>Reading the departments</source>
        <translation>قراءة الأقسام</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>الكل: %1</translation>
    </message>
    <message>
        <source>%1: —</source>
        <translation>%1: —</translation>
    </message>
    <message>
        <source>All: —</source>
        <translation>الكل: —</translation>
    </message>
    <message>
        <source>Counting the meal requests</source>
        <translation>عدّ طلبات الوجبات</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying meal request %1</source>
        <translation>نسخ طلب الوجبة %1</translation>
    </message>
    <message>
        <source>Meal request %1 copied as request %2.</source>
        <translation>نُسخ طلب الوجبة %1 في الطلب %2.</translation>
    </message>
    <message>
        <source>Deleting meal request %1</source>
        <translation>حذف طلب الوجبة %1</translation>
    </message>
    <message>
        <source>Meal request %1 deleted.</source>
        <translation>تم حذف طلب الوجبة %1.</translation>
    </message>
    <message>
        <source>C&amp;opy Request</source>
        <translation>ن&amp;سخ الطلب</translation>
    </message>
    <message>
        <source>Save the requests the filters select as a CSV file</source>
        <translation>حفظ الطلبات التي تحددها عوامل التصفية في ملف CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the meal requests to</source>
        <translation>تصدير طلبات الوجبات إلى</translation>
    </message>
    <message>
        <source>Exporting the meal requests</source>
        <translation>جارٍ تصدير طلبات الوجبات</translation>
    </message>
    <message>
        <source>Meal requests exported to %1.</source>
        <translation>صُدِّرت طلبات الوجبات إلى %1.</translation>
    </message>
</context>
<context>
    <name>RevokeListDialog</name>
    <message>
        <source>Revoke a list of tokens</source>
        <translation>إبطال قائمة رموز</translation>
    </message>
    <message>
        <source>&amp;Tokens or jtis, one per line (a leading &quot;Bearer &quot; is fine; blank lines are skipped):</source>
        <translation>الرموز أو معرّفات jti، واحد في كل سطر (لا بأس بكلمة &quot;Bearer &quot; في البداية؛ تُتخطّى الأسطر الفارغة):</translation>
    </message>
    <message>
        <source>Paste whole tokens (header.payload.signature) to revoke them by the jti each carries, or bare jtis.</source>
        <translation>الصق رموزًا كاملة (header.payload.signature) لإبطالها بمعرّف jti الذي يحمله كل منها، أو معرّفات jti وحدها.</translation>
    </message>
    <message>
        <source>eyJhbGciOi…
a jti</source>
        <translation>eyJhbGciOi…
معرّف jti</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Why the tokens are revoked, kept with each (optional, at most 256 characters).</source>
        <translation>سبب إبطال الرموز، يُحفظ مع كل منها (اختياري، 256 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Optional, e.g. offboarding</source>
        <translation>اختياري، مثل: انتهاء الخدمة</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>جارٍ الإبطال…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to revoke.</source>
        <translation>
            <numerusform>لا أسطر للإبطال.</numerusform>
            <numerusform>سطر واحد للإبطال.</numerusform>
            <numerusform>سطران للإبطال.</numerusform>
            <numerusform>%n أسطر للإبطال.</numerusform>
            <numerusform>%n سطرًا للإبطال.</numerusform>
            <numerusform>%n سطر للإبطال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)</source>
        <translation>
            <numerusform>إبطال %n رمز</numerusform>
            <numerusform>إبطال رمز واحد</numerusform>
            <numerusform>إبطال رمزين</numerusform>
            <numerusform>إبطال %n رموز</numerusform>
            <numerusform>إبطال %n رمزًا</numerusform>
            <numerusform>إبطال %n رمز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeTokenDialog</name>
    <message>
        <source>Revoke token</source>
        <translation>إبطال رمز</translation>
    </message>
    <message>
        <source>&amp;Token or jti (a leading &quot;Bearer &quot; is fine):</source>
        <translation>ال&amp;رمز أو jti (لا بأس بوجود &quot;Bearer &quot; في بدايته):</translation>
    </message>
    <message>
        <source>Paste the whole token (header.payload.signature) to revoke it by the jti it carries, or type a bare jti.</source>
        <translation>الصق الرمز كاملًا (header.payload.signature) لإبطاله بواسطة قيمة jti التي يحملها، أو اكتب قيمة jti مجردة.</translation>
    </message>
    <message>
        <source>eyJhbGciOi… or a jti</source>
        <translation>eyJhbGciOi… أو قيمة jti</translation>
    </message>
    <message>
        <source>For a jti that contains dots: the text is then not read as a token.</source>
        <translation>لقيمة jti تحتوي على نقاط: عندها لا يُقرأ النص على أنه رمز.</translation>
    </message>
    <message>
        <source>Take the text as a &amp;jti as it is</source>
        <translation>&amp;معاملة النص على أنه قيمة jti كما هو</translation>
    </message>
    <message>
        <source>What will be revoked</source>
        <translation>ما سيتم إبطاله</translation>
    </message>
    <message>
        <source>JTI:</source>
        <translation>JTI:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>صاحب الرمز:</translation>
    </message>
    <message>
        <source>The sub claim: the account the token was issued to.</source>
        <translation>المطالبة sub: الحساب الذي صدر له الرمز.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>A bare jti does not say its type: choose it.</source>
        <translation>قيمة jti المجردة لا تحدد نوع الرمز: اختره.</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;ينتهي في:</translation>
    </message>
    <message>
        <source>A bare jti does not say when its token expires. Without an expiry the row is never purged.</source>
        <translation>قيمة jti المجردة لا تحدد موعد انتهاء صلاحية رمزها. ودون تاريخ انتهاء لن يُحذف الصف أبدًا عند التنظيف.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Issued at:</source>
        <translation>تاريخ الإصدار:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>الخوارزمية:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>التوقيع:</translation>
    </message>
    <message>
        <source>HS256 se&amp;cret:</source>
        <translation>المف&amp;تاح السري HS256:</translation>
    </message>
    <message>
        <source>Optional: the backend&apos;s signing secret, to check the token&apos;s signature. It is used only in this dialog and never saved. Revoking does not need it.</source>
        <translation>اختياري: المفتاح السري للتوقيع لدى الخادم الخلفي، للتحقق من توقيع الرمز. يُستخدم في مربع الحوار هذا فقط ولا يُحفظ أبدًا. ولا يحتاج الإبطال إليه.</translation>
    </message>
    <message>
        <source>Optional, never saved</source>
        <translation>اختياري، لا يُحفظ أبدًا</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Why the token is revoked (optional, at most 256 characters).</source>
        <translation>سبب إبطال الرمز (اختياري، 256 حرفًا كحد أقصى).</translation>
    </message>
    <message>
        <source>Optional, e.g. laptop stolen</source>
        <translation>اختياري، مثل: سرقة الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>جارٍ الإبطال…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Never (no exp claim): the row is never purged</source>
        <translation>أبدًا (لا توجد مطالبة exp): لن يُحذف الصف أبدًا عند التنظيف</translation>
    </message>
    <message>
        <source>%1, already expired: it is recorded all the same and removed by the next purge</source>
        <translation>%1، منتهي الصلاحية بالفعل: يُسجَّل رغم ذلك ويُحذف في التنظيف التالي</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>إ&amp;بطال</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None (no sub claim): no account is linked</source>
        <translation>لا يوجد (لا توجد مطالبة sub): لا يرتبط بأي حساب</translation>
    </message>
    <message>
        <source>Not given (no iat claim)</source>
        <translation>غير محدد (لا توجد مطالبة iat)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Not checked: enter the backend&apos;s HS256 secret to check it (optional)</source>
        <translation>لم يُتحقق منه: أدخل المفتاح السري HS256 للخادم الخلفي للتحقق منه (اختياري)</translation>
    </message>
    <message>
        <source>Not checked: the token says it is signed with %1, not HS256</source>
        <translation>لم يُتحقق منه: يشير الرمز إلى أنه موقّع بـ %1 وليس HS256</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>خوارزمية غير محددة</translation>
    </message>
    <message>
        <source>Valid: signed with this secret</source>
        <translation>صالح: موقّع بهذا المفتاح السري</translation>
    </message>
    <message>
        <source>Invalid: not signed with this secret (it can be revoked all the same)</source>
        <translation>غير صالح: غير موقّع بهذا المفتاح السري (يمكن إبطاله رغم ذلك)</translation>
    </message>
    <message>
        <source>Revoking a token</source>
        <translation>إبطال رمز</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>ScreenCatalog</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Meal Requests</source>
        <translation>طلبات الوجبات</translation>
    </message>
    <message>
        <source>Kitchen Sheet</source>
        <translation>كشف المطبخ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Revoked Tokens</source>
        <translation>الرموز المُبطَلة</translation>
    </message>
    <message>
        <source>Allowed Origins</source>
        <translation>الأصول المسموحة</translation>
    </message>
</context>
<context>
    <name>ServiceBase</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>لا يحق لدورك (%1) القيام بذلك.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>لم يعد حسابك موجودًا.</translation>
    </message>
    <message>
        <source>Your account is inactive.</source>
        <translation>حسابك غير نشط.</translation>
    </message>
    <message>
        <source>Your account is blocked.</source>
        <translation>حسابك محظور.</translation>
    </message>
    <message>
        <source>Your account has no valid role.</source>
        <translation>ليس لحسابك دور صالح.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to MealDesk</source>
        <translation>تسجيل الدخول إلى MealDesk</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Demo accounts: admin / admin-pass (administrator), requester / requester-pass, taker / taker-pass, captain / captain-pass, stock / stock-pass.</source>
        <translation>الحسابات التجريبية: admin / admin-pass (مسؤول)، requester / requester-pass، taker / taker-pass، captain / captain-pass، stock / stock-pass.</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>الاتصال:</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (غير محفوظ)</translation>
    </message>
</context>
<context>
    <name>SignOutEverywhereDialog</name>
    <message>
        <source>Sign out everywhere</source>
        <translation>تسجيل الخروج من جميع الأجهزة</translation>
    </message>
    <message>
        <source>Every token the account holds stops working at once: the backend refuses the tokens issued before now, so the account has to sign in again on every device. Its password does not change.</source>
        <translation>يتوقف عمل جميع الرموز التي يحملها الحساب فورًا: إذ يرفض الخادم الخلفي الرموز الصادرة قبل هذه اللحظة، لذا يجب على الحساب تسجيل الدخول مجددًا على كل جهاز. ولا تتغير كلمة مروره.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>The username of the account to sign out.</source>
        <translation>اسم المستخدم للحساب المراد تسجيل خروجه.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>تسجيل ال&amp;خروج من جميع الأجهزة</translation>
    </message>
    <message>
        <source>Signing %1 out everywhere</source>
        <translation>تسجيل خروج %1 من جميع الأجهزة</translation>
    </message>
</context>
<context>
    <name>SqlFailure</name>
    <message>
        <source>someone else is changing the same rows; try again in a moment</source>
        <translation>شخص آخر يعدّل الصفوف نفسها؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>the database did not answer in time; try again in a moment</source>
        <translation>لم تُجب قاعدة البيانات في الوقت المحدد؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>the database is busy with another program&apos;s change; try again in a moment</source>
        <translation>قاعدة البيانات مشغولة بتعديل من برنامج آخر؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written (SQLite needs to write beside the file even to read it): check their permissions and the disk</source>
        <translation>تتعذر الكتابة في ملف قاعدة البيانات أو في مجلده (يحتاج SQLite إلى الكتابة بجوار الملف حتى للقراءة منه): تحقق من الأذونات ومن القرص</translation>
    </message>
    <message>
        <source>the database is full: the disk holding it (or its temporary files) has no room left, or the file reached its size limit; free some space and try again</source>
        <translation>قاعدة البيانات ممتلئة: لم تبقَ مساحة على القرص الذي يحملها (أو الذي يحمل ملفاتها المؤقتة)، أو بلغ الملف الحد الأقصى لحجمه؛ أفرغ بعض المساحة وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: the certificate authority in sslrootcert (by default ~/.postgresql/root.crt) did not sign it, or it has expired or been revoked</source>
        <translation>شهادة الخادم غير موثوقة: لم توقّعها جهة إصدار الشهادات المذكورة في sslrootcert (افتراضيًا ~/.postgresql/root.crt)، أو انتهت صلاحيتها أو أُلغيت</translation>
    </message>
    <message>
        <source>the database server ended the connection (%1)</source>
        <translation>أنهى خادم قاعدة البيانات الاتصال (%1)</translation>
    </message>
    <message>
        <source>the database server closed the connection</source>
        <translation>أغلق خادم قاعدة البيانات الاتصال</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <source>Opening the database and bringing its schema up to date…</source>
        <translation>جارٍ فتح قاعدة البيانات وتحديث مخططها…</translation>
    </message>
    <message>
        <source>Opening the database and updating its schema</source>
        <translation>فتح قاعدة البيانات وتحديث مخططها</translation>
    </message>
    <message>
        <source>Checking for accounts…</source>
        <translation>جارٍ التحقق من وجود حسابات…</translation>
    </message>
    <message>
        <source>Checking for accounts</source>
        <translation>التحقق من وجود حسابات</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>جارٍ تجهيز البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Preparing demo data</source>
        <translation>تجهيز البيانات التجريبية</translation>
    </message>
    <message>
        <source>Creating the administrator account…</source>
        <translation>جارٍ إنشاء حساب المسؤول…</translation>
    </message>
    <message>
        <source>Adopting the web backend&apos;s tables…</source>
        <translation>جارٍ اعتماد جداول الواجهة الخلفية للويب…</translation>
    </message>
    <message>
        <source>Reading the database password from the keyring…</source>
        <translation>جارٍ قراءة كلمة مرور قاعدة البيانات من حلقة المفاتيح…</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1</source>
        <translation>تعذّرت قراءة كلمة المرور من حلقة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>لم تُحفَظ كلمة المرور: %1</translation>
    </message>
</context>
<context>
    <name>TableContextMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>عدد أحرف السبب %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>No revoked token has the jti &apos;%1&apos;.</source>
        <translation>لا يوجد رمز مُبطَل بقيمة jti &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Paste the tokens to revoke: a JWT or a jti on each line.</source>
        <translation>الصق الرموز المراد إبطالها: رمز JWT أو معرّف jti في كل سطر.</translation>
    </message>
</context>
<context>
    <name>TokensModel</name>
    <message>
        <source>JTI</source>
        <translation>JTI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>وقت الإبطال</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>أبطله</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>الخادم الخلفي</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (منتهي الصلاحية)</translation>
    </message>
    <message>
        <source>Never (active)</source>
        <translation>أبدًا (نشط)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (نشط)</translation>
    </message>
</context>
<context>
    <name>TokensScreen</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Shows the tokens whose jti contains this text.</source>
        <translation>يعرض الرموز التي تحتوي قيمة jti فيها على هذا النص.</translation>
    </message>
    <message>
        <source>Part of the jti</source>
        <translation>جزء من قيمة jti</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>Shows only the tokens of the account with this username.</source>
        <translation>يعرض رموز الحساب صاحب اسم المستخدم هذا فقط.</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>أي حساب</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Active: the token has not expired yet (or never expires). Expired: its row can be purged.</source>
        <translation>نشط: لم تنتهِ صلاحية الرمز بعد (أو لا تنتهي أبدًا). منتهي الصلاحية: يمكن حذف صفه عند التنظيف.</translation>
    </message>
    <message>
        <source>Paste a token (or type its jti) to stop the backend from accepting it (Ins).</source>
        <translation>الصق رمزًا (أو اكتب قيمة jti الخاصة به) لمنع الخادم الخلفي من قبوله (Ins).</translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation>إ&amp;بطال رمز…</translation>
    </message>
    <message>
        <source>Delete the rows of tokens that have expired: the backend refuses those tokens anyway.</source>
        <translation>حذف صفوف الرموز المنتهية الصلاحية: فالخادم الخلفي يرفض تلك الرموز على أي حال.</translation>
    </message>
    <message>
        <source>&amp;Purge expired…</source>
        <translation>&amp;تنظيف المنتهية الصلاحية…</translation>
    </message>
    <message>
        <source>Make every token of one account stop working at once.</source>
        <translation>إيقاف عمل جميع رموز حساب واحد فورًا.</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>تسجيل ال&amp;خروج من جميع الأجهزة…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Active and expired</source>
        <translation>نشط ومنتهي الصلاحية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Loading revoked tokens</source>
        <translation>تحميل الرموز المُبطَلة</translation>
    </message>
    <message>
        <source>Loading the revoked tokens: %1</source>
        <translation>تحميل الرموز المُبطَلة: %1</translation>
    </message>
    <message>
        <source>Looking up the account %1</source>
        <translation>البحث عن الحساب %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked token(s)</source>
        <translation>
            <numerusform>لا رموز مُبطَلة</numerusform>
            <numerusform>رمز مُبطَل واحد</numerusform>
            <numerusform>رمزان مُبطَلان</numerusform>
            <numerusform>%n رموز مُبطَلة</numerusform>
            <numerusform>%n رمزًا مُبطَلًا</numerusform>
            <numerusform>%n رمز مُبطَل</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked the token %1.</source>
        <translation>تم إبطال الرمز %1.</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>الخادم الخلفي</translation>
    </message>
    <message>
        <source>The token %1 was already revoked (%2, by %3); it is kept as it was.</source>
        <translation>الرمز %1 مُبطَل بالفعل (%2، بواسطة %3)؛ وقد أُبقي كما هو.</translation>
    </message>
    <message>
        <source>Counting expired tokens</source>
        <translation>عدّ الرموز المنتهية الصلاحية</translation>
    </message>
    <message>
        <source>There are no expired tokens to purge.</source>
        <translation>لا توجد رموز منتهية الصلاحية لتنظيفها.</translation>
    </message>
    <message>
        <source>Purge expired tokens</source>
        <translation>تنظيف الرموز المنتهية الصلاحية</translation>
    </message>
    <message numerus="yes">
        <source>Delete the rows of %n expired token(s)? The backend refuses these tokens anyway: they have expired.</source>
        <translation>
            <numerusform>هل تريد حذف صفوف %n رمز منتهي الصلاحية؟ يرفض الخادم الخلفي هذه الرموز على أي حال: فقد انتهت صلاحيتها.</numerusform>
            <numerusform>هل تريد حذف صف رمز واحد منتهي الصلاحية؟ يرفض الخادم الخلفي هذا الرمز على أي حال: فقد انتهت صلاحيته.</numerusform>
            <numerusform>هل تريد حذف صفَّي رمزين منتهيَي الصلاحية؟ يرفض الخادم الخلفي هذين الرمزين على أي حال: فقد انتهت صلاحيتهما.</numerusform>
            <numerusform>هل تريد حذف صفوف %n رموز منتهية الصلاحية؟ يرفض الخادم الخلفي هذه الرموز على أي حال: فقد انتهت صلاحيتها.</numerusform>
            <numerusform>هل تريد حذف صفوف %n رمزًا منتهي الصلاحية؟ يرفض الخادم الخلفي هذه الرموز على أي حال: فقد انتهت صلاحيتها.</numerusform>
            <numerusform>هل تريد حذف صفوف %n رمز منتهي الصلاحية؟ يرفض الخادم الخلفي هذه الرموز على أي حال: فقد انتهت صلاحيتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n token(s)</source>
        <translation>
            <numerusform>&amp;تنظيف %n رمز</numerusform>
            <numerusform>&amp;تنظيف رمز واحد</numerusform>
            <numerusform>&amp;تنظيف رمزين</numerusform>
            <numerusform>&amp;تنظيف %n رموز</numerusform>
            <numerusform>&amp;تنظيف %n رمزًا</numerusform>
            <numerusform>&amp;تنظيف %n رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the expired tokens</source>
        <translation>عدّ الرموز المنتهية الصلاحية</translation>
    </message>
    <message>
        <source>Purging expired tokens</source>
        <translation>تنظيف الرموز المنتهية الصلاحية</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n expired token(s).</source>
        <translation>
            <numerusform>لم يُنظَّف أي رمز منتهي الصلاحية.</numerusform>
            <numerusform>تم تنظيف رمز واحد منتهي الصلاحية.</numerusform>
            <numerusform>تم تنظيف رمزين منتهيَي الصلاحية.</numerusform>
            <numerusform>تم تنظيف %n رموز منتهية الصلاحية.</numerusform>
            <numerusform>تم تنظيف %n رمزًا منتهي الصلاحية.</numerusform>
            <numerusform>تم تنظيف %n رمز منتهي الصلاحية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging the expired tokens</source>
        <translation>تنظيف الرموز المنتهية الصلاحية</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere: the tokens issued before %2 no longer work.</source>
        <translation>تم تسجيل خروج %1 من جميع الأجهزة: لم تعد الرموز الصادرة قبل %2 صالحة للعمل.</translation>
    </message>
    <message>
        <source>Paste several tokens or jtis, one per line, to revoke them in one go.</source>
        <translation>الصق عدة رموز أو معرّفات jti، واحدًا في كل سطر، لإبطالها دفعة واحدة.</translation>
    </message>
    <message>
        <source>Revoke a &amp;list…</source>
        <translation>إبطال قائمة…</translation>
    </message>
    <message>
        <source>Save the tokens the filters select as a CSV file</source>
        <translation>حفظ الرموز التي تحددها عوامل التصفية في ملف CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the revoked tokens to</source>
        <translation>تصدير الرموز المُبطلة إلى</translation>
    </message>
    <message>
        <source>Exporting the revoked tokens</source>
        <translation>جارٍ تصدير الرموز المُبطلة</translation>
    </message>
    <message>
        <source>Revoked tokens exported to %1.</source>
        <translation>صُدِّرت الرموز المُبطلة إلى %1.</translation>
    </message>
</context>
<context>
    <name>whenFinished</name>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>The task was canceled.</source>
        <translation>أُلغيت المهمة.</translation>
    </message>
</context>
</TS>
