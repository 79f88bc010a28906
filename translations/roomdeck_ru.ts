<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressBookPanel</name>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Поиск по имени или ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Filters the address book by name and TrueConf ID as you type; Down moves to the results</source>
        <translation>Фильтрует адресную книгу по имени и TrueConf ID по мере ввода; стрелка вниз переходит к результатам</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>The room&apos;s address book, available contacts first. Enter or double-click calls the contact; the context menu has more.</source>
        <translation>Адресная книга комнаты, сначала доступные контакты. Enter или двойной щелчок — вызов контакта; остальные действия — в контекстном меню.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <source>Call this contact from the room</source>
        <translation>Позвонить этому контакту из комнаты</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Копировать &amp;ID</translation>
    </message>
    <message>
        <source>Copy the contact&apos;s TrueConf ID</source>
        <translation>Скопировать TrueConf ID контакта</translation>
    </message>
    <message>
        <source>&amp;Add to Address Book…</source>
        <translation>&amp;Добавить в адресную книгу…</translation>
    </message>
    <message>
        <source>Add a TrueConf ID to the room&apos;s address book</source>
        <translation>Добавить TrueConf ID в адресную книгу комнаты</translation>
    </message>
    <message>
        <source>&amp;Remove from Address Book…</source>
        <translation>&amp;Удалить из адресной книги…</translation>
    </message>
    <message>
        <source>Remove this contact from the room&apos;s address book</source>
        <translation>Удалить этот контакт из адресной книги комнаты</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>Change the name the room shows for this contact</source>
        <translation>Изменить имя, под которым комната показывает этот контакт</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation>
            <numerusform>%1 из %n контакта</numerusform>
            <numerusform>%1 из %n контактов</numerusform>
            <numerusform>%1 из %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>The address book appears once the room is connected.</source>
        <translation>Адресная книга появится после подключения к комнате.</translation>
    </message>
    <message>
        <source>The room&apos;s address book is empty.</source>
        <translation>Адресная книга комнаты пуста.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Нет контактов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>%1 · not live</source>
        <translation>%1 · не в реальном времени</translation>
    </message>
    <message>
        <source>Presence as last seen. %1</source>
        <translation>Статусы на момент потери связи. %1</translation>
    </message>
</context>
<context>
    <name>AgentAudit</name>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>не удаётся открыть журнал аудита %1: %2</translation>
    </message>
</context>
<context>
    <name>AgentConfig</name>
    <message>
        <source>%1: expected a &quot;rooms&quot; array</source>
        <translation>%1: ожидается массив &quot;rooms&quot;</translation>
    </message>
    <message>
        <source>%1: %2 rooms; at most %3 are allowed</source>
        <translation>%1: комнат: %2; допускается не более %3</translation>
    </message>
    <message>
        <source>%1: room %2 (&quot;%3&quot;)</source>
        <translation>%1: комната %2 («%3»)</translation>
    </message>
    <message>
        <source>%1: room %2</source>
        <translation>%1: комната %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: поле &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>отсутствует или пусто</translation>
    </message>
    <message>
        <source>at most %1 characters and no control characters</source>
        <translation>не более %1 символов и без управляющих символов</translation>
    </message>
    <message>
        <source>another room has this name</source>
        <translation>это имя уже у другой комнаты</translation>
    </message>
    <message>
        <source>this is a room&apos;s link with its PIN; give the address without it and the PIN in the secrets file</source>
        <translation>это ссылка на комнату вместе с PIN-кодом; укажите адрес без него, а PIN-код — в файле секретов</translation>
    </message>
    <message>
        <source>not a room address</source>
        <translation>это не адрес комнаты</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; has the same address</source>
        <translation>у комнаты «%1» тот же адрес</translation>
    </message>
    <message>
        <source>no control characters</source>
        <translation>без управляющих символов</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>ожидается массив строк</translation>
    </message>
    <message>
        <source>%1: expected a &quot;rooms&quot; object (room name -&gt; {&quot;pin&quot;} or {&quot;password&quot;})</source>
        <translation>%1: ожидается объект &quot;rooms&quot; (имя комнаты -&gt; {&quot;pin&quot;} или {&quot;password&quot;})</translation>
    </message>
    <message>
        <source>%1: room &quot;%2&quot;: expected exactly one of &quot;pin&quot; or &quot;password&quot;</source>
        <translation>%1: комната «%2»: ожидается ровно одно из &quot;pin&quot; или &quot;password&quot;</translation>
    </message>
    <message>
        <source>%1: room &quot;%2&quot;: the %3 must be a non-empty string</source>
        <translation>%1: комната «%2»: %3 должен быть непустой строкой</translation>
    </message>
    <message>
        <source>unknown field (expected name, address, instance, site, tags, relayPort)</source>
        <translation>неизвестное поле (ожидаются name, address, instance, site, tags, relayPort)</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; is reached through the relay under the same instance name &quot;%2&quot;; rename one of them</source>
        <translation>комната «%1» доступна через ретранслятор под тем же именем экземпляра «%2»; переименуйте одну из них</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>ожидается номер порта от 1 до 65535</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; has the same relay port</source>
        <translation>у комнаты «%1» тот же порт ретранслятора</translation>
    </message>
    <message>
        <source>%1: expected an &quot;operators&quot; array of {&quot;name&quot;, &quot;role&quot;, &quot;secret&quot;}</source>
        <translation>%1: ожидается массив «operators» из {&quot;name&quot;, &quot;role&quot;, &quot;secret&quot;}</translation>
    </message>
    <message>
        <source>%1: operator %2: %3</source>
        <translation>%1: оператор %2: %3</translation>
    </message>
    <message>
        <source>expected exactly &quot;name&quot;, &quot;role&quot; and &quot;secret&quot;, all strings</source>
        <translation>ожидаются ровно «name», «role» и «secret», все строками</translation>
    </message>
    <message>
        <source>the name must be 1 to %1 characters without control characters</source>
        <translation>имя должно содержать от 1 до %1 символов без управляющих символов</translation>
    </message>
    <message>
        <source>the role must be &quot;admin&quot; or &quot;user&quot;</source>
        <translation>роль должна быть «admin» или «user»</translation>
    </message>
    <message>
        <source>the secret must have at least %1 characters</source>
        <translation>секрет должен содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>another operator has this name</source>
        <translation>у другого оператора то же имя</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; has the same secret</source>
        <translation>у оператора «%1» тот же секрет</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <source>no error</source>
        <translation>нет ошибки</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>неверный адрес</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>not a roomdeck-agent</source>
        <translation>не roomdeck-agent</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>некорректный ответ</translation>
    </message>
    <message>
        <source>%1 is a room&apos;s WebSocket address; a roomdeck-agent is reached as HOST:PORT</source>
        <translation>%1 — адрес WebSocket комнаты; roomdeck-agent указывается как HOST:PORT</translation>
    </message>
    <message>
        <source>No roomdeck-agent address given</source>
        <translation>Не указан адрес roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 sent more than %2 for its room list</source>
        <translation>%1 прислал больше %2 в списке комнат</translation>
    </message>
    <message>
        <source>%1 did not send its room list within %2 s</source>
        <translation>%1 не прислал список комнат за %2 с</translation>
    </message>
    <message>
        <source>Connection refused by %1: no roomdeck-agent listens there (its default port is 9687)</source>
        <translation>%1 отклонил соединение: roomdeck-agent там не слушает (его порт по умолчанию 9687)</translation>
    </message>
    <message>
        <source>Host %1 not found (check the address)</source>
        <translation>Узел %1 не найден (проверьте адрес)</translation>
    </message>
    <message>
        <source>%1 answered, but not with HTTP: not a roomdeck-agent</source>
        <translation>%1 ответил, но не по HTTP: это не roomdeck-agent</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <source>%1 has no room list (HTTP 404 for /api/v1/rooms): not a roomdeck-agent; a room&apos;s own control panel answers like this</source>
        <translation>у %1 нет списка комнат (HTTP 404 для /api/v1/rooms): это не roomdeck-agent; так отвечает панель управления самой комнаты</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for /api/v1/rooms: not a roomdeck-agent</source>
        <translation>%1 ответил HTTP %2 на /api/v1/rooms: это не roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 broke off while sending its room list: %2</source>
        <translation>%1 оборвал передачу списка комнат: %2</translation>
    </message>
    <message>
        <source>%1 answered, but its answer is not JSON: not a roomdeck-agent</source>
        <translation>%1 ответил, но не в JSON: это не roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 answered with JSON, but without a room list: not a roomdeck-agent</source>
        <translation>%1 ответил в JSON, но без списка комнат: это не roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 answered like a roomdeck-agent, but its &quot;rooms&quot; is not a list</source>
        <translation>%1 отвечает как roomdeck-agent, но его «rooms» — не список</translation>
    </message>
    <message>
        <source>%1 lists %2 rooms; at most %3 are read</source>
        <translation>%1 перечисляет %2 комнат; читается не более %3</translation>
    </message>
</context>
<context>
    <name>AgentHttpRelay</name>
    <message>
        <source>the HTTP relay cannot listen on %1:%2: %3</source>
        <translation>HTTP-ретранслятор не может слушать %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>AgentRelay</name>
    <message>
        <source>roomdeck-agent lost its connection to the room</source>
        <translation>roomdeck-agent потерял соединение с комнатой</translation>
    </message>
    <message>
        <source>the relay cannot listen on %1:%2: %3</source>
        <translation>ретранслятор не может слушать %1:%2: %3</translation>
    </message>
    <message>
        <source>roomdeck-agent has %1 clients for this room; try again later</source>
        <translation>у roomdeck-agent уже %1 клиентов этой комнаты; повторите позже</translation>
    </message>
    <message>
        <source>roomdeck-agent is not connected to the room; try again later</source>
        <translation>roomdeck-agent не подключён к комнате; повторите позже</translation>
    </message>
    <message>
        <source>an Administrator-only method from a User operator</source>
        <translation>метод только для администратора от оператора-пользователя</translation>
    </message>
    <message>
        <source>roomdeck-agent does not change the room&apos;s protection; change it at the room (not through the agent) and update the agent&apos;s secrets file</source>
        <translation>roomdeck-agent не меняет защиту комнаты; измените её в самой комнате (не через агента) и обновите файл секретов агента</translation>
    </message>
    <message>
        <source>too many requests waiting for the room (%1); wait for their replies</source>
        <translation>слишком много запросов ждут ответа комнаты (%1); дождитесь их ответов</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>слишком много неудачных входов</translation>
    </message>
    <message>
        <source>malformed auth request</source>
        <translation>некорректный запрос auth</translation>
    </message>
    <message>
        <source>downgrade without an Administrator sign-in</source>
        <translation>понижение без входа администратора</translation>
    </message>
    <message>
        <source>no operator has this secret or token</source>
        <translation>ни у одного оператора нет такого секрета или токена</translation>
    </message>
    <message>
        <source>the relay signs in operators with their secret only</source>
        <translation>ретранслятор впускает операторов только по их секрету</translation>
    </message>
    <message>
        <source>a User operator may not sign in as Administrator</source>
        <translation>оператор-пользователь не может войти как администратор</translation>
    </message>
    <message>
        <source>the client left before the reply</source>
        <translation>клиент ушёл до ответа</translation>
    </message>
    <message>
        <source>%1; the client left before the reply</source>
        <translation>%1; клиент ушёл до ответа</translation>
    </message>
    <message>
        <source>the client reads too slowly</source>
        <translation>клиент читает слишком медленно</translation>
    </message>
    <message>
        <source>the operators file changed</source>
        <translation>файл операторов изменился</translation>
    </message>
    <message>
        <source>not signed in in time</source>
        <translation>вход не выполнен вовремя</translation>
    </message>
    <message>
        <source>roomdeck-agent is signed in to this room as User only (its secrets file has no Administrator password for it)</source>
        <translation>roomdeck-agent вошёл в эту комнату только как пользователь (в его файле секретов нет пароля администратора для неё)</translation>
    </message>
</context>
<context>
    <name>AllRoomsLogModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>AppUpdate</name>
    <message>
        <source>The update was cancelled</source>
        <translation>Обновление отменено</translation>
    </message>
    <message>
        <source>The room could not update</source>
        <translation>Комнате не удалось обновиться</translation>
    </message>
    <message>
        <source>The update is already running</source>
        <translation>Обновление уже выполняется</translation>
    </message>
    <message>
        <source>No update is available</source>
        <translation>Обновлений нет</translation>
    </message>
    <message>
        <source>No update is running</source>
        <translation>Обновление не выполняется</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Установлена последняя версия</translation>
    </message>
    <message>
        <source>An update is available</source>
        <translation>Доступно обновление</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Обновление</translation>
    </message>
</context>
<context>
    <name>AutoAnswerDialog</name>
    <message>
        <source>Auto-Answer List</source>
        <translation>Список автоответа</translation>
    </message>
    <message>
        <source>The room answers calls from these TrueConf IDs at once, on every console (unless do not disturb is on).</source>
        <translation>Комната сразу отвечает на вызовы с этих TrueConf ID на каждой консоли (если не включён режим «Не беспокоить»).</translation>
    </message>
    <message>
        <source>Auto-answered IDs</source>
        <translation>ID с автоответом</translation>
    </message>
    <message>
        <source>user@server</source>
        <translation>user@server</translation>
    </message>
    <message>
        <source>TrueConf ID to add</source>
        <translation>TrueConf ID для добавления</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the ID typed beside it</source>
        <translation>Добавить ID, введённый рядом</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected ID</source>
        <translation>Удалить выбранный ID</translation>
    </message>
</context>
<context>
    <name>BrandingImageEditor</name>
    <message>
        <source>On the room:</source>
        <translation>В комнате:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Chosen image file</source>
        <translation>Выбранный файл изображения</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Picks a PNG or JPEG file and checks it before anything is sent</source>
        <translation>Выбирает файл PNG или JPEG и проверяет его до отправки</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Размещение:</translation>
    </message>
    <message>
        <source>Fitted into 440 × 82</source>
        <translation>Вписать в 440 × 82</translation>
    </message>
    <message>
        <source>The room scales the logo down to fit a 440 × 82 pixel area in the lower-left corner</source>
        <translation>Комната уменьшает логотип, вписывая его в область 440 × 82 пикселя в левом нижнем углу</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Original size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>The room shows the logo unscaled, anchored in the lower-left corner</source>
        <translation>Комната показывает логотип без масштабирования, с привязкой к левому нижнему углу</translation>
    </message>
    <message>
        <source>Upload and Apply</source>
        <translation>Загрузить и применить</translation>
    </message>
    <message>
        <source>&amp;Upload and Apply</source>
        <translation>&amp;Загрузить и применить</translation>
    </message>
    <message>
        <source>Uploads the chosen image to the room and shows it on the room&apos;s screen</source>
        <translation>Загружает выбранное изображение в комнату и показывает его на экране комнаты</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Сбросить по умолчанию</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stops the upload; the room keeps what it shows now</source>
        <translation>Останавливает загрузку; комната продолжит показывать текущее изображение</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Main-screen background</source>
        <translation>Фон главного экрана</translation>
    </message>
    <message>
        <source>Puts the room&apos;s default logo back</source>
        <translation>Возвращает логотип комнаты по умолчанию</translation>
    </message>
    <message>
        <source>Puts the room&apos;s default background back</source>
        <translation>Возвращает фон комнаты по умолчанию</translation>
    </message>
    <message>
        <source>%p% of %1</source>
        <translation>%p% из %1</translation>
    </message>
    <message>
        <source>The room now shows %1 as its logo (file %2).</source>
        <translation>Теперь комната показывает %1 в качестве логотипа (файл %2).</translation>
    </message>
    <message>
        <source>The room now shows %1 as its background (file %2).</source>
        <translation>Теперь комната показывает %1 в качестве фона (файл %2).</translation>
    </message>
    <message>
        <source>Upload cancelled; the room still shows what it showed before.</source>
        <translation>Загрузка отменена; комната по-прежнему показывает прежнее изображение.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Choose a Background</source>
        <translation>Выбор фона</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Larger than the %1 × %2 logo area: the room shrinks it to %3 × %4 px.</source>
        <translation>Больше области логотипа %1 × %2: комната уменьшит его до %3 × %4 px.</translation>
    </message>
    <message>
        <source>At its original size the logo covers more than the %1 × %2 logo area.</source>
        <translation>В исходном размере логотип выходит за пределы области логотипа %1 × %2.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Uploaded; asking the room to show the logo…</source>
        <translation>Загружено; комнате отправлен запрос на показ логотипа…</translation>
    </message>
    <message>
        <source>Uploaded; asking the room to show the background…</source>
        <translation>Загружено; комнате отправлен запрос на показ фона…</translation>
    </message>
    <message>
        <source>Reset Logo</source>
        <translation>Сброс логотипа</translation>
    </message>
    <message>
        <source>Reset Background</source>
        <translation>Сброс фона</translation>
    </message>
    <message>
        <source>Remove the custom logo and show the room&apos;s default logo?</source>
        <translation>Удалить собственный логотип и показывать логотип комнаты по умолчанию?</translation>
    </message>
    <message>
        <source>Remove the custom background and show the room&apos;s default background?</source>
        <translation>Удалить собственный фон и показывать фон комнаты по умолчанию?</translation>
    </message>
    <message>
        <source>The room shows its default logo again.</source>
        <translation>Комната снова показывает логотип по умолчанию.</translation>
    </message>
    <message>
        <source>The room shows its default background again.</source>
        <translation>Комната снова показывает фон по умолчанию.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Не сброшено: %1</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Файл изображения:</translation>
    </message>
    <message>
        <source>Fi&amp;tted into 440 × 82</source>
        <translation>Впис&amp;ать в 440 × 82</translation>
    </message>
    <message>
        <source>R&amp;eset to Default…</source>
        <translation>Сбросить по &amp;умолчанию…</translation>
    </message>
    <message>
        <source>Ima&amp;ge file:</source>
        <translation>Файл изобра&amp;жения:</translation>
    </message>
    <message>
        <source>Upload and &amp;Apply</source>
        <translation>Загрузить и &amp;применить</translation>
    </message>
    <message>
        <source>Reset to Defau&amp;lt…</source>
        <translation>Сброси&amp;ть по умолчанию…</translation>
    </message>
    <message>
        <source>%1: this room can&apos;t show its own image.</source>
        <translation>%1: эта комната не может показывать своё изображение.</translation>
    </message>
</context>
<context>
    <name>BrandingPanel</name>
    <message>
        <source>On the room&apos;s screen</source>
        <translation>На экране комнаты</translation>
    </message>
    <message>
        <source>A drawing of a 1920 × 1080 screen: the dashed box is the 440 × 82 logo area. Rooms do not send back their current custom images, so only a chosen file is drawn.</source>
        <translation>Схема экрана 1920 × 1080: пунктирная рамка — область логотипа 440 × 82. Комнаты не передают обратно свои текущие собственные изображения, поэтому рисуется только выбранный файл.</translation>
    </message>
    <message>
        <source>the chosen file, fitted into 440 × 82</source>
        <translation>выбранный файл, вписан в 440 × 82</translation>
    </message>
    <message>
        <source>the chosen file, at its original size</source>
        <translation>выбранный файл в исходном размере</translation>
    </message>
    <message>
        <source>the room&apos;s custom logo (drawn as a placeholder)</source>
        <translation>собственный логотип комнаты (нарисован заглушкой)</translation>
    </message>
    <message>
        <source>the room&apos;s default logo</source>
        <translation>логотип комнаты по умолчанию</translation>
    </message>
    <message>
        <source>the chosen file</source>
        <translation>выбранный файл</translation>
    </message>
    <message>
        <source>the room&apos;s custom background (not drawn)</source>
        <translation>собственный фон комнаты (не рисуется)</translation>
    </message>
    <message>
        <source>the room&apos;s default background</source>
        <translation>фон комнаты по умолчанию</translation>
    </message>
    <message>
        <source>Logo: %1. Background: %2.</source>
        <translation>Логотип: %1. Фон: %2.</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Оформление</translation>
    </message>
</context>
<context>
    <name>BrandingState</name>
    <message>
        <source>fitted into 440×82 at the lower left</source>
        <translation>вписан в 440×82 в левом нижнем углу</translation>
    </message>
    <message>
        <source>shown at its original size</source>
        <translation>показан в исходном размере</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>режим %1</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Логотип по умолчанию</translation>
    </message>
    <message>
        <source>Default background</source>
        <translation>Фон по умолчанию</translation>
    </message>
    <message>
        <source>Custom logo (%1)</source>
        <translation>Собственный логотип (%1)</translation>
    </message>
    <message>
        <source>Stored on the room as file %1</source>
        <translation>Хранится в комнате как файл %1</translation>
    </message>
    <message>
        <source>Custom background</source>
        <translation>Собственный фон</translation>
    </message>
</context>
<context>
    <name>BrandingUpload</name>
    <message>
        <source>Not signed in to a room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The room stored the image (file %1) but did not take it as its logo: %2</source>
        <translation>Комната сохранила изображение (файл %1), но не применила его как логотип: %2</translation>
    </message>
    <message>
        <source>The room stored the image (file %1) but did not take it as its background: %2</source>
        <translation>Комната сохранила изображение (файл %1), но не применила его как фон: %2</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>The room is no longer in the list</source>
        <translation>Комнаты больше нет в списке</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>The room is not in a call</source>
        <translation>Комната не в вызове</translation>
    </message>
    <message>
        <source>The room was removed before it answered</source>
        <translation>Комната удалена до того, как ответила</translation>
    </message>
    <message>
        <source>Hanging up (bulk action)</source>
        <translation>Завершение вызова (групповое действие)</translation>
    </message>
    <message>
        <source>Muting the microphone (bulk action)</source>
        <translation>Выключение микрофона (групповое действие)</translation>
    </message>
    <message>
        <source>This connection may not change the room&apos;s devices</source>
        <translation>Этому подключению не разрешено изменять устройства комнаты</translation>
    </message>
    <message>
        <source>The room could not be asked</source>
        <translation>Не удалось отправить запрос комнате</translation>
    </message>
</context>
<context>
    <name>BulkCheckPanel</name>
    <message>
        <source>Checking… (%1 of %2)</source>
        <translation>Проверка… (%1 из %2)</translation>
    </message>
    <message>
        <source>Every item OK</source>
        <translation>Все пункты в порядке</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check Rooms</source>
        <translation>Проверить комнаты</translation>
    </message>
    <message>
        <source>Check the selected rooms</source>
        <translation>Проверить выбранные комнаты</translation>
    </message>
    <message>
        <source>Check the connection, camera, microphone, speaker and audio delay of every selected room; the audio tests are skipped in a call</source>
        <translation>Проверить подключение, камеру, микрофон, динамик и задержку звука в каждой выбранной комнате; во время вызова проверки звука пропускаются</translation>
    </message>
    <message>
        <source>Check results per room</source>
        <translation>Результаты проверки по комнатам</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Call notification</source>
        <translation>Уведомление о вызове</translation>
    </message>
    <message>
        <source>Accept call</source>
        <translation>Принять вызов</translation>
    </message>
    <message>
        <source>Answers the incoming call or invitation on the room</source>
        <translation>Принимает входящий вызов или приглашение в комнате</translation>
    </message>
    <message>
        <source>Decline call</source>
        <translation>Отклонить вызов</translation>
    </message>
    <message>
        <source>Declines the incoming call or invitation</source>
        <translation>Отклоняет входящий вызов или приглашение</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Отменить вызов</translation>
    </message>
    <message>
        <source>Stops ringing the person being called</source>
        <translation>Прекращает вызов абонента</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <source>Hides the message about the last call</source>
        <translation>Скрывает сообщение о последнем вызове</translation>
    </message>
    <message>
        <source>Invitation to “%1” (%2)</source>
        <translation>Приглашение в «%1» (%2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий вызов</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий вызов</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Вызов абонента %1…</translation>
    </message>
    <message>
        <source>The call did not connect</source>
        <translation>Вызов не состоялся</translation>
    </message>
    <message>
        <source>Ringing for %1 — waiting for an answer</source>
        <translation>Идёт вызов (%1) — ожидание ответа</translation>
    </message>
    <message>
        <source>The call ended</source>
        <translation>Вызов завершён</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>time not reported</source>
        <translation>время не сообщено</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>вчера %1</translation>
    </message>
    <message>
        <source>Missed call from %1 at %2</source>
        <translation>Пропущенный вызов от %1 в %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущенный</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Reading the call history</source>
        <translation>Чтение истории вызовов</translation>
    </message>
    <message>
        <source>Marking the missed calls seen</source>
        <translation>Отметка пропущенных вызовов как просмотренных</translation>
    </message>
    <message>
        <source>Reading when the calls were last viewed</source>
        <translation>Чтение времени последнего просмотра вызовов</translation>
    </message>
    <message>
        <source>Clearing the call history</source>
        <translation>Очистка истории вызовов</translation>
    </message>
    <message>
        <source>only an administrator may clear the room&apos;s call history</source>
        <translation>очистить историю вызовов комнаты может только администратор</translation>
    </message>
</context>
<context>
    <name>CallPolicy</name>
    <message>
        <source>“%1” is not true or false</source>
        <translation>«%1» не является значением true или false</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>«%1» не является списком</translation>
    </message>
    <message>
        <source>Answering %1&apos;s call automatically failed: %2</source>
        <translation>Не удалось автоматически ответить на вызов от %1: %2</translation>
    </message>
    <message>
        <source>Declining %1&apos;s call failed: %2</source>
        <translation>Не удалось отклонить вызов от %1: %2</translation>
    </message>
    <message>
        <source>Answered %1&apos;s call automatically: the caller is on the auto-answer list</source>
        <translation>Вызов от %1 принят автоматически: абонент есть в списке автоответа</translation>
    </message>
    <message>
        <source>Declined %1&apos;s call: Do not disturb is on</source>
        <translation>Вызов от %1 отклонён: включён режим «Не беспокоить»</translation>
    </message>
    <message>
        <source>Turning do not disturb on</source>
        <translation>Включение режима «Не беспокоить»</translation>
    </message>
    <message>
        <source>Turning do not disturb off</source>
        <translation>Выключение режима «Не беспокоить»</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Changing the auto-answer list</source>
        <translation>Изменение списка автоответа</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RoomDeck is not connected to the room.</source>
        <translation>RoomDeck не подключён к комнате.</translation>
    </message>
    <message>
        <source>RoomDeck is not signed in to the room.</source>
        <translation>RoomDeck не выполнил вход в комнату.</translation>
    </message>
    <message>
        <source>The room is not connected to a TrueConf server.</source>
        <translation>Комната не подключена к серверу TrueConf.</translation>
    </message>
    <message>
        <source>The room is connecting to its TrueConf server.</source>
        <translation>Комната подключается к своему серверу TrueConf.</translation>
    </message>
    <message>
        <source>The room&apos;s TrueConf account is not logged in.</source>
        <translation>Учётная запись TrueConf комнаты не авторизована.</translation>
    </message>
    <message>
        <source>The room is in a call.</source>
        <translation>Комната участвует в вызове.</translation>
    </message>
    <message>
        <source>The room has not reported its state yet.</source>
        <translation>Комната ещё не сообщила своё состояние.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>конференция</translation>
    </message>
    <message>
        <source>The room&apos;s TrueConf account was logged out.</source>
        <translation>Комната вышла из учётной записи TrueConf.</translation>
    </message>
    <message>
        <source>The room lost its connection to the TrueConf server.</source>
        <translation>Комната потеряла подключение к серверу TrueConf.</translation>
    </message>
    <message>
        <source>RoomDeck was not connected to the room when it ended.</source>
        <translation>Когда он завершился, RoomDeck не был подключён к комнате.</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>The conference needs a title</source>
        <translation>Укажите название конференции</translation>
    </message>
    <message>
        <source>A conference is symmetric, asymmetric or role-based</source>
        <translation>Конференция может быть симметричной, асимметричной или ролевой</translation>
    </message>
    <message>
        <source>“%1” is not a TrueConf ID</source>
        <translation>«%1» не является TrueConf ID</translation>
    </message>
    <message>
        <source>The room is in a call: end it first</source>
        <translation>Комната участвует в вызове: сначала завершите его</translation>
    </message>
    <message>
        <source>The room is not signed in to its server</source>
        <translation>Комната не выполнила вход на свой сервер</translation>
    </message>
</context>
<context>
    <name>CameraControl</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The camera cannot be controlled at this access level</source>
        <translation>При этом уровне доступа управлять камерой нельзя</translation>
    </message>
    <message>
        <source>Far-end camera control works only during a conference</source>
        <translation>Управление удалённой камерой доступно только во время конференции</translation>
    </message>
    <message>
        <source>This camera cannot move that way</source>
        <translation>Эта камера не может двигаться в этом направлении</translation>
    </message>
    <message>
        <source>This camera has no such axis</source>
        <translation>У этой камеры нет такой оси</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 вне диапазона от %2 до %3</translation>
    </message>
    <message>
        <source>This camera cannot pan, tilt or zoom</source>
        <translation>Эта камера не поддерживает поворот, наклон и масштабирование</translation>
    </message>
    <message>
        <source>A preset needs a name</source>
        <translation>Укажите название предустановки</translation>
    </message>
    <message>
        <source>No such preset</source>
        <translation>Такой предустановки нет</translation>
    </message>
    <message>
        <source>Choose another participant than the room itself</source>
        <translation>Выберите другого участника, а не саму комнату</translation>
    </message>
    <message>
        <source>Nobody asked for control</source>
        <translation>Запросов на управление нет</translation>
    </message>
    <message>
        <source>This room does not control that camera</source>
        <translation>Эта комната не управляет указанной камерой</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Hold a button (or an arrow key, + or -) to move the camera</source>
        <translation>Удерживайте кнопку (или клавишу со стрелкой, + или -), чтобы двигать камеру</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>The camera was stopped: no release arrived in time</source>
        <translation>Камера остановлена: сигнал об отпускании кнопки не пришёл вовремя</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Tilt up</source>
        <translation>Наклон вверх</translation>
    </message>
    <message>
        <source>Tilt down</source>
        <translation>Наклон вниз</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Поворот влево</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Поворот вправо</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>В исходное</translation>
    </message>
    <message>
        <source>Back to the camera&apos;s default position</source>
        <translation>Вернуть камеру в положение по умолчанию</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Предустановки</translation>
    </message>
    <message>
        <source>Save Position as New Preset…</source>
        <translation>Сохранить положение как новую предустановку…</translation>
    </message>
    <message>
        <source>Save position as new preset</source>
        <translation>Сохранить положение как новую предустановку</translation>
    </message>
    <message>
        <source>Far-end camera control</source>
        <translation>Управление удалённой камерой</translation>
    </message>
    <message>
        <source>Asking to control this room&apos;s camera:</source>
        <translation>Запрашивают управление камерой этой комнаты:</translation>
    </message>
    <message>
        <source>Requests to control this room&apos;s camera</source>
        <translation>Запросы на управление камерой этой комнаты</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Allow camera control</source>
        <translation>Разрешить управление камерой</translation>
    </message>
    <message>
        <source>Decline camera control</source>
        <translation>Отклонить управление камерой</translation>
    </message>
    <message>
        <source>Cameras this room controls:</source>
        <translation>Камеры под управлением этой комнаты:</translation>
    </message>
    <message>
        <source>Cameras this room controls</source>
        <translation>Камеры под управлением этой комнаты</translation>
    </message>
    <message>
        <source>Move the selected camera one step</source>
        <translation>Сдвинуть выбранную камеру на один шаг</translation>
    </message>
    <message>
        <source>Participant whose camera to control</source>
        <translation>Участник, камерой которого нужно управлять</translation>
    </message>
    <message>
        <source>Ask to Control Camera</source>
        <translation>Запросить управление камерой</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Участник:</translation>
    </message>
    <message>
        <source>Camera: not known yet</source>
        <translation>Камера: пока неизвестно</translation>
    </message>
    <message>
        <source>Camera: %1 (cannot pan, tilt or zoom)</source>
        <translation>Камера: %1 (без поворота, наклона и масштабирования)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Камера: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Предустановка %1</translation>
    </message>
    <message>
        <source>%1: click to apply; right-click to update, rename or remove</source>
        <translation>%1: щёлкните, чтобы применить; правый щелчок — обновить, переименовать или удалить</translation>
    </message>
    <message>
        <source>Update to Current Position</source>
        <translation>Записать текущее положение</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No presets yet: move the camera, then save its position.</source>
        <translation>Предустановок пока нет: наведите камеру и сохраните её положение.</translation>
    </message>
    <message>
        <source>The camera command failed: %1</source>
        <translation>Команда камеры не выполнена: %1</translation>
    </message>
    <message>
        <source>New Camera Preset</source>
        <translation>Новая предустановка камеры</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Название предустановки:</translation>
    </message>
    <message>
        <source>The preset&apos;s picture was not kept: %1</source>
        <translation>Снимок предустановки не сохранён: %1</translation>
    </message>
    <message>
        <source>What the camera saw when the preset was saved</source>
        <translation>Что видела камера в момент сохранения предустановки</translation>
    </message>
    <message>
        <source>No picture of this preset on this computer</source>
        <translation>На этом компьютере нет снимка этой предустановки</translation>
    </message>
    <message>
        <source>Rename Camera Preset</source>
        <translation>Переименовать предустановку камеры</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Remove Camera Preset</source>
        <translation>Удалить предустановку камеры</translation>
    </message>
    <message>
        <source>Remove this preset from the room?</source>
        <translation>Удалить эту предустановку из комнаты?</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>You to everyone</source>
        <translation>Вы — всем</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Вы — %1</translation>
    </message>
    <message>
        <source>%1 to everyone</source>
        <translation>%1 — всем</translation>
    </message>
    <message>
        <source>%1 to this room only</source>
        <translation>%1 — только этой комнате</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>Состояние чата</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Сообщения чата</translation>
    </message>
    <message>
        <source>The messages of this call; yours are on the right</source>
        <translation>Сообщения этого вызова; ваши — справа</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Новые сообщения ↓</translation>
    </message>
    <message>
        <source>Show the newest messages</source>
        <translation>Показать последние сообщения</translation>
    </message>
    <message>
        <source>Show new messages</source>
        <translation>Показать новые сообщения</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Ко&amp;му:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Who gets the message: everyone in the conference or one participant</source>
        <translation>Кому отправить сообщение: всем участникам конференции или одному участнику</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Введите сообщение и нажмите Enter</translation>
    </message>
    <message>
        <source>At most %1 characters; Enter sends</source>
        <translation>Не более %1 символов; Enter — отправить</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Outcome of the last message</source>
        <translation>Результат отправки последнего сообщения</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>Чат (%1)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Everyone in the conference</source>
        <translation>Все участники конференции</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>Messages can be sent during a call or conference</source>
        <translation>Сообщения можно отправлять во время вызова или конференции</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Отправить сообщение (Enter)</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка получателю %1…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено получателю %1.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Не отправлено получателю %1: %2</translation>
    </message>
    <message>
        <source>Messages received outside a call.</source>
        <translation>Сообщения, полученные вне вызова.</translation>
    </message>
    <message>
        <source>No chat yet: messages of the next call or conference appear here.</source>
        <translation>Чата пока нет: здесь появятся сообщения следующего вызова или конференции.</translation>
    </message>
    <message>
        <source>Chat of the current call: %1</source>
        <translation>Чат текущего вызова: %1</translation>
    </message>
    <message>
        <source>Chat of the last call (read only until the next call starts).</source>
        <translation>Чат последнего вызова (только чтение до начала следующего вызова).</translation>
    </message>
</context>
<context>
    <name>ChatState</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The room is not logged in to a TrueConf server</source>
        <translation>Комната не выполнила вход на сервер TrueConf</translation>
    </message>
    <message>
        <source>Messages to everyone can be sent only during a group conference</source>
        <translation>Сообщения для всех можно отправлять только во время групповой конференции</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>Сообщение пустое</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters</source>
        <translation>Сообщение длиннее %1 символов</translation>
    </message>
    <message>
        <source>Choose who gets the message</source>
        <translation>Выберите получателя сообщения</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the Room</source>
        <translation>Проверка комнаты</translation>
    </message>
    <message>
        <source>Check the room</source>
        <translation>Проверить комнату</translation>
    </message>
    <message>
        <source>Check the connection, server, login, camera, microphone, speaker and audio delay. The audio tests are skipped during a call.</source>
        <translation>Проверка подключения, сервера, входа, камеры, микрофона, динамика и задержки звука. Во время вызова проверки звука пропускаются.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>Stop the check and the test it is running</source>
        <translation>Остановить проверку и выполняемый тест</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Last check: %1 · %2 (cancelled)</source>
        <translation>Последняя проверка: %1 · %2 (отменена)</translation>
    </message>
    <message>
        <source>Last check: %1 · %2</source>
        <translation>Последняя проверка: %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>CliAgent</name>
    <message>
        <source>  agent-rooms             the rooms a roomdeck-agent serves (--room AGENT:PORT,
                          its default port is 9687): name, instance, site, up
                          or down, TrueConf ID and connection; reach one through
                          the agent with --room AGENT:PORT --instance INSTANCE;
                          exits 3 when nothing answers there, 5 when what
                          answers is not a roomdeck-agent
</source>
        <translation>  agent-rooms             комнаты, которые обслуживает roomdeck-agent (--room
                          AGENT:PORT, порт по умолчанию 9687): имя, экземпляр,
                          площадка, доступна или нет, TrueConf ID и соединение;
                          подключиться к одной через агента: --room AGENT:PORT
                          --instance ЭКЗЕМПЛЯР; код завершения 3, если там никто
                          не отвечает, 5, если отвечает не roomdeck-agent
</translation>
    </message>
    <message>
        <source>up</source>
        <translation>доступна</translation>
    </message>
    <message>
        <source>down</source>
        <translation>недоступна</translation>
    </message>
    <message>
        <source>the roomdeck-agent at %1 has room “%2” but does not relay it (an agent without the relay; ask its administrator to update it)</source>
        <translation>у roomdeck-agent на %1 есть комната «%2», но он её не ретранслирует (агент без ретранслятора; попросите его администратора обновить его)</translation>
    </message>
    <message>
        <source>%1 is a roomdeck-agent that serves no rooms</source>
        <translation>%1 — roomdeck-agent без комнат</translation>
    </message>
    <message>
        <source>%1 is a roomdeck-agent, not a room: choose one of its rooms with --instance INSTANCE, for example %2 (its rooms&apos; instances: %3; roomdeckctl --room %1 agent-rooms lists them)</source>
        <translation>%1 — это roomdeck-agent, а не комната: выберите одну из его комнат через --instance ЭКЗЕМПЛЯР, например %2 (экземпляры его комнат: %3; их перечисляет roomdeckctl --room %1 agent-rooms)</translation>
    </message>
    <message>
        <source>the roomdeck-agent at %1 has no room with instance “%2”; its rooms&apos; instances: %3 (roomdeckctl --room %1 agent-rooms lists them)</source>
        <translation>у roomdeck-agent на %1 нет комнаты с экземпляром «%2»; экземпляры его комнат: %3 (их перечисляет roomdeckctl --room %1 agent-rooms)</translation>
    </message>
    <message>
        <source>The roomdeck-agent at %1 serves no rooms.</source>
        <translation>У roomdeck-agent на %1 нет комнат.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ЭКЗЕМПЛЯР</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>ПЛОЩАДКА</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>TRUECONF ID</source>
        <translation>TRUECONF ID</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>СОЕДИНЕНИЕ</translation>
    </message>
    <message numerus="yes">
        <source>%n more entries were left out: no usable room name.</source>
        <translation>
            <numerusform>Пропущена ещё %n запись: нет пригодного имени комнаты.</numerusform>
            <numerusform>Пропущены ещё %n записи: нет пригодного имени комнаты.</numerusform>
            <numerusform>Пропущено ещё %n записей: нет пригодного имени комнаты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCamera</name>
    <message>
        <source>No camera presets.</source>
        <translation>Предустановок камеры нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>the room has no preset called “%1”</source>
        <translation>в комнате нет предустановки «%1»</translation>
    </message>
    <message>
        <source>Applied camera preset “%1”.</source>
        <translation>Применена предустановка камеры «%1».</translation>
    </message>
    <message>
        <source>Updated camera preset “%1” to the current position.</source>
        <translation>Предустановка камеры «%1» обновлена: в неё записано текущее положение.</translation>
    </message>
    <message>
        <source>Saved the current position as camera preset “%1”.</source>
        <translation>Текущее положение сохранено как предустановка камеры «%1».</translation>
    </message>
</context>
<context>
    <name>CliChat</name>
    <message>
        <source>chat takes: send ID TEXT | send --all TEXT | list</source>
        <translation>chat принимает: send ID TEXT | send --all TEXT | list</translation>
    </message>
    <message>
        <source>chat send: “%1” is not a user&apos;s TrueConf ID</source>
        <translation>chat send: «%1» не является TrueConf ID пользователя</translation>
    </message>
    <message>
        <source>chat send: %1</source>
        <translation>chat send: %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>всем</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>Сообщение отправлено: %1.</translation>
    </message>
    <message>
        <source>(this room)</source>
        <translation>(эта комната)</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>эта комната</translation>
    </message>
    <message>
        <source>No chat messages in this call.</source>
        <translation>В этом вызове нет сообщений чата.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ОТ</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>КОМУ</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <source>No call in progress: no chat to list.</source>
        <translation>Нет текущего вызова: чат выводить нечего.</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>ITEM</source>
        <translation>ПУНКТ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>  check                   check the room: connection, server, login, camera
                          picture, microphone, speaker and audio delay, one
                          line each; exits 0 when every item is OK, 1 on a
                          warning, 7 on a problem (the audio tests are
                          skipped during a call)
</source>
        <translation>  check                   проверить комнату: подключение, сервер, вход,
                          изображение камеры, микрофон, динамик и задержку
                          звука, по строке на пункт; код завершения 0, если
                          всё в порядке, 1 при предупреждении, 7 при
                          проблеме (во время вызова проверки звука
                          пропускаются)
</translation>
    </message>
</context>
<context>
    <name>CliContent</name>
    <message>
        <source>NDI, licence and updates (both roles):
  ndi [on|off]            show the room&apos;s NDI output, or switch it on or off
  ndi devices             the room&apos;s NDI devices
  ndi create ID, ndi delete ID
                          add or remove an NDI device (NDI must be on)
  licence                 licence type, licence server, which PRO features
                          the room has, and the tariff restrictions
  update [check]          whether the room application has an update
  update start, update cancel
                          start or cancel the room application&apos;s update

</source>
        <translation>NDI, лицензия и обновления (обе роли):
  ndi [on|off]            показать выход NDI комнаты или включить/выключить его
  ndi devices             устройства NDI комнаты
  ndi create ID, ndi delete ID
                          добавить или удалить устройство NDI (NDI должен
                          быть включён)
  licence                 тип лицензии, сервер лицензий, какие функции PRO
                          есть у комнаты и ограничения тарифа
  update [check]          есть ли обновление для приложения комнаты
  update start, update cancel
                          запустить или отменить обновление приложения комнаты

</translation>
    </message>
    <message>
        <source>ndi %1 takes a device ID of 1 to %2 characters</source>
        <translation>ndi %1 принимает ID устройства длиной от 1 до %2 символов</translation>
    </message>
    <message>
        <source>ndi takes: nothing | on | off | devices | create ID | delete ID</source>
        <translation>ndi принимает: ничего | on | off | devices | create ID | delete ID</translation>
    </message>
    <message>
        <source>licence takes no arguments</source>
        <translation>licence не принимает аргументов</translation>
    </message>
    <message>
        <source>update takes: nothing | check | start | cancel</source>
        <translation>update принимает: ничего | check | start | cancel</translation>
    </message>
    <message>
        <source>not a content command</source>
        <translation>это не команда управления контентом</translation>
    </message>
    <message>
        <source>NDI output is on.</source>
        <translation>Выход NDI включён.</translation>
    </message>
    <message>
        <source>NDI output is off.</source>
        <translation>Выход NDI выключен.</translation>
    </message>
    <message>
        <source>NDI device %1 created.</source>
        <translation>Устройство NDI %1 создано.</translation>
    </message>
    <message>
        <source>NDI device %1 deleted.</source>
        <translation>Устройство NDI %1 удалено.</translation>
    </message>
    <message>
        <source>the room did not tell its NDI state</source>
        <translation>комната не сообщила состояние NDI</translation>
    </message>
    <message>
        <source>whole screen</source>
        <translation>весь экран</translation>
    </message>
    <message>
        <source>No NDI devices.</source>
        <translation>Устройств NDI нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NDI output: on</source>
        <translation>Выход NDI: вкл.</translation>
    </message>
    <message>
        <source>NDI output: off</source>
        <translation>Выход NDI: выкл.</translation>
    </message>
    <message>
        <source>the room did not tell its licence</source>
        <translation>комната не сообщила сведения о лицензии</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, действует до %2</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>Licence server: %1</source>
        <translation>Сервер лицензий: %1</translation>
    </message>
    <message>
        <source>PRO FEATURE</source>
        <translation>ФУНКЦИЯ PRO</translation>
    </message>
    <message>
        <source>THIS ROOM</source>
        <translation>ЭТА КОМНАТА</translation>
    </message>
    <message>
        <source>RESTRICTION</source>
        <translation>ОГРАНИЧЕНИЕ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>The room is updating to version %1.</source>
        <translation>Комната обновляется до версии %1.</translation>
    </message>
    <message>
        <source>The update was cancelled.</source>
        <translation>Обновление отменено.</translation>
    </message>
    <message>
        <source>Version %1 is available</source>
        <translation>Доступна версия %1</translation>
    </message>
    <message>
        <source>Updating: %1 %</source>
        <translation>Обновление: %1 %</translation>
    </message>
    <message>
        <source>The room runs version %1</source>
        <translation>В комнате установлена версия %1</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message>
        <source>%1 muted.</source>
        <translation>%1: выключено.</translation>
    </message>
    <message>
        <source>%1 on.</source>
        <translation>%1: включено.</translation>
    </message>
    <message>
        <source>Volume set to %1.</source>
        <translation>Громкость установлена: %1.</translation>
    </message>
    <message>
        <source>the room did not report its volume (audioPlayLevel)</source>
        <translation>комната не сообщила громкость (audioPlayLevel)</translation>
    </message>
    <message>
        <source>the room did not list its devices</source>
        <translation>комната не передала список своих устройств</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
</context>
<context>
    <name>CliFavourites</name>
    <message>
        <source>Calling (shared by every console of the room; both roles):
  favourites list         the room&apos;s speed-dial list
  favourites add ID [LABEL]
                          add a TrueConf ID or \c\CONFERENCE to it
  favourites remove ID    take it off the list
  create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...
                          start a group conference owned by the room
  dnd [on|off]            show or switch do not disturb (incoming calls are
                          declined by every console that holds the room)
  call \c\NAME takes a protected conference&apos;s password from
  ROOMDECK_CONFERENCE_PIN (never from the command line)

</source>
        <translation>Вызовы (общие для всех консолей комнаты; обе роли):
  favourites list         список быстрого набора (избранное) комнаты
  favourites add ID [LABEL]
                          добавить в него TrueConf ID или \c\CONFERENCE
  favourites remove ID    убрать из списка
  create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...
                          начать групповую конференцию, владельцем которой
                          будет комната
  dnd [on|off]            показать или переключить режим «Не беспокоить»
                          (входящие вызовы отклоняет каждая консоль,
                          подключённая к комнате)
  call \c\NAME берёт пароль защищённой конференции из
  ROOMDECK_CONFERENCE_PIN (никогда не из командной строки)

</translation>
    </message>
    <message>
        <source>favourites takes: list | add ID [LABEL] | remove ID</source>
        <translation>favourites принимает: list | add ID [LABEL] | remove ID</translation>
    </message>
    <message>
        <source>favourites %1: %2</source>
        <translation>favourites %1: %2</translation>
    </message>
    <message>
        <source>create-conference takes one TITLE (quote it when it has spaces)</source>
        <translation>create-conference принимает одно название TITLE (заключите его в кавычки, если в нём есть пробелы)</translation>
    </message>
    <message>
        <source>--type takes symmetric, asymmetric or role, not “%1”</source>
        <translation>--type принимает symmetric, asymmetric или role, а не «%1»</translation>
    </message>
    <message>
        <source>--invite %1: %2</source>
        <translation>--invite %1: %2</translation>
    </message>
    <message>
        <source>dnd takes on or off (or nothing, to show it)</source>
        <translation>dnd принимает on или off (или ничего, чтобы показать состояние)</translation>
    </message>
    <message>
        <source>not a calling command</source>
        <translation>не команда вызовов</translation>
    </message>
    <message>
        <source>%1 is a favourite of the room now.</source>
        <translation>%1 теперь в избранном комнаты.</translation>
    </message>
    <message>
        <source>%1 is no longer a favourite of the room.</source>
        <translation>%1 больше не в избранном комнаты.</translation>
    </message>
    <message>
        <source>The room has no favourites.</source>
        <translation>Избранное комнаты пусто.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>МЕТКА</translation>
    </message>
    <message>
        <source>Do not disturb is on: the room declines incoming calls.</source>
        <translation>Режим «Не беспокоить» включён: комната отклоняет входящие вызовы.</translation>
    </message>
    <message>
        <source>Do not disturb is off.</source>
        <translation>Режим «Не беспокоить» выключен.</translation>
    </message>
    <message>
        <source>The room is starting the conference “%1”.</source>
        <translation>Комната начинает конференцию «%1».</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>--missed belongs to the history listing, not to history %1</source>
        <translation>--missed относится к выводу истории, а не к history %1</translation>
    </message>
    <message>
        <source>history takes: [--missed] | mark-seen | clear</source>
        <translation>history принимает: [--missed] | mark-seen | clear</translation>
    </message>
    <message>
        <source>meetings join takes a meeting&apos;s ID</source>
        <translation>meetings join принимает ID встречи</translation>
    </message>
    <message>
        <source>meetings takes: nothing (list) | join ID</source>
        <translation>meetings принимает: ничего (список) | join ID</translation>
    </message>
    <message>
        <source>Joining the meeting %1.</source>
        <translation>Подключение к встрече %1.</translation>
    </message>
    <message>
        <source>the room did not list its meetings</source>
        <translation>комната не вернула список встреч</translation>
    </message>
    <message>
        <source>Missed calls marked seen.</source>
        <translation>Пропущенные вызовы отмечены как просмотренные.</translation>
    </message>
    <message>
        <source>Call history cleared.</source>
        <translation>История вызовов очищена.</translation>
    </message>
    <message>
        <source>the room did not give its call history</source>
        <translation>комната не вернула историю вызовов</translation>
    </message>
    <message>
        <source>missed (new)</source>
        <translation>пропущенный (новый)</translation>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation>Пропущенных вызовов нет.</translation>
    </message>
    <message>
        <source>No calls in the history.</source>
        <translation>История вызовов пуста.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ВЫЗОВ</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>No meetings scheduled for this room.</source>
        <translation>Для этой комнаты нет запланированных встреч.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ВЛАДЕЛЕЦ</translation>
    </message>
</context>
<context>
    <name>CliLog</name>
    <message>
        <source>--since takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a time ago (30m, 2h, 7d), not “%1”</source>
        <translation>--since принимает дату (2026-12-05), дату и время (2026-12-05T10:14) или время назад (30m, 2h, 7d), а не «%1»</translation>
    </message>
    <message>
        <source>--until takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a time ago (30m, 2h, 7d), not “%1”</source>
        <translation>--until принимает дату (2026-12-05), дату и время (2026-12-05T10:14) или время назад (30m, 2h, 7d), а не «%1»</translation>
    </message>
    <message>
        <source>log: --until must be later than --since</source>
        <translation>log: --until должен быть позже --since</translation>
    </message>
    <message>
        <source>--kind takes %1, not “%2”</source>
        <translation>--kind принимает %1, а не «%2»</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not “%2”</source>
        <translation>--limit принимает число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--history-file is empty</source>
        <translation>значение --history-file пустое</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>log: %1</translation>
    </message>
    <message>
        <source>No history of %1 in %2.</source>
        <translation>В %2 нет истории комнаты %1.</translation>
    </message>
    <message>
        <source>Rooms in the file: %1.</source>
        <translation>Комнаты в файле: %1.</translation>
    </message>
    <message>
        <source>Nothing in the history of %1 matches.</source>
        <translation>В истории комнаты %1 нет подходящих записей.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>КОМНАТА</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>  log [--since T] [--until T] [--kind K]... [--search TEXT] [--limit N]
      [--history-file PATH]
                          the room&apos;s durable history as RoomDeck (and
                          roomdeck-agent) recorded it: event-log lines, commands
                          with their outcome, calls; never connects to the room.
                          --room HOST matches every port and instance of HOST,
                          HOST:PORT every instance unless --instance is given.
                          T: 2026-12-05 (its midnight), 2026-12-05T10:14 (local
                          time unless a zone is given) or a time ago: 30m, 2h, 7d;
                          --until is exclusive. K (repeat or comma list):
                          connection, event, command, error, notice, presence,
                          call. --search: words that must all occur. The newest N
                          rows (default 200), oldest first; --json: one object per
                          line with every field. File: --history-file, else the
                          one RoomDeck writes (~/.local/share/RoomDeck/
                          history.sqlite); exit 8 when it is missing or unreadable
</source>
        <translation>  log [--since T] [--until T] [--kind K]... [--search TEXT] [--limit N]
      [--history-file PATH]
                          история комнаты в записи RoomDeck (и roomdeck-agent):
                          строки журнала событий, команды с результатом, вызовы;
                          к комнате не подключается. --room HOST — все порты и
                          экземпляры HOST, HOST:PORT — все экземпляры, если не
                          задан --instance. T: 2026-12-05 (начало суток),
                          2026-12-05T10:14 (местное время, если пояс не указан)
                          или время назад: 30m, 2h, 7d; --until не включается.
                          K (повторяя или через запятую): connection, event,
                          command, error, notice, presence, call. --search:
                          должны найтись все слова. N последних строк (по
                          умолчанию 200), старые первыми; --json: объект на
                          строку со всеми полями. Файл: --history-file, иначе
                          тот, что пишет RoomDeck (~/.local/share/RoomDeck/
                          history.sqlite); код 8, если его нет или не читается
</translation>
    </message>
</context>
<context>
    <name>CliModeration</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes one ID</source>
        <translation>%1 принимает один ID</translation>
    </message>
    <message>
        <source>%1 takes an ID and mic, camera or speaker</source>
        <translation>%1 принимает ID и mic, camera или speaker</translation>
    </message>
    <message>
        <source>moderator takes an ID and on or off</source>
        <translation>moderator принимает ID и on или off</translation>
    </message>
    <message>
        <source>invite takes one ID or more</source>
        <translation>invite принимает один или несколько ID</translation>
    </message>
    <message>
        <source>  kick ID                 remove a participant from the conference
  remote-mute ID mic|camera|speaker, remote-unmute ID mic|camera|speaker
                          turn a participant&apos;s device off or on
  moderator ID on|off     make a participant a moderator, or not (owner)
  invite ID...            invite people to the running conference
  accept-join ID, refuse-join ID
                          answer somebody who asks to join the conference
</source>
        <translation>  kick ID                 удалить участника из конференции
  remote-mute ID mic|camera|speaker, remote-unmute ID mic|camera|speaker
                          выключить или включить устройство участника
  moderator ID on|off     назначить участника модератором или снять эту
                          роль (только владелец)
  invite ID...            пригласить участников в текущую конференцию
  accept-join ID, refuse-join ID
                          ответить на запрос на подключение к конференции
</translation>
    </message>
    <message>
        <source>The room is not in a call or conference.</source>
        <translation>Комната не участвует в вызове или конференции.</translation>
    </message>
    <message>
        <source>No participants reported.</source>
        <translation>Нет данных об участниках.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>MIC</source>
        <translation>МИКРОФОН</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>ВИДЕО</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>%1 was removed from the conference.</source>
        <translation>%1 удалён из конференции.</translation>
    </message>
    <message>
        <source>Turned on: %1 of %2.</source>
        <translation>Включено: %1 участника %2.</translation>
    </message>
    <message>
        <source>Turned off: %1 of %2.</source>
        <translation>Выключено: %1 участника %2.</translation>
    </message>
    <message>
        <source>%1 is a moderator now.</source>
        <translation>%1 теперь модератор.</translation>
    </message>
    <message>
        <source>%1 is no longer a moderator.</source>
        <translation>%1 больше не модератор.</translation>
    </message>
    <message>
        <source>%1 may join.</source>
        <translation>%1 может подключиться.</translation>
    </message>
    <message>
        <source>%1 was refused.</source>
        <translation>%1: запрос отклонён.</translation>
    </message>
    <message>
        <source>Invited: %1.</source>
        <translation>Приглашены: %1.</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>%1 takes one argument: FILE</source>
        <translation>%1 принимает один аргумент: FILE</translation>
    </message>
    <message>
        <source>--dry-run belongs to settings apply</source>
        <translation>--dry-run относится к settings apply</translation>
    </message>
    <message>
        <source>%1: cannot write into %2</source>
        <translation>%1: не удаётся записать в %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  settings export FILE    save the room&apos;s settings as a RoomDeck profile
  settings diff FILE      compare the room&apos;s settings with a profile (exit 0:
                          the same, 1: different; lists the differences)
  settings apply FILE [--dry-run]
                          change what differs from the profile in one atomic
                          setSettings (--dry-run: only list it); settings
                          that belong to one room (volume, bandwidth,
                          language, ...) are never applied
                          (export, diff and --dry-run sign in as user)
</source>
        <translation>  settings export FILE    сохранить настройки комнаты как профиль RoomDeck
  settings diff FILE      сравнить настройки комнаты с профилем (код 0:
                          совпадают, 1: различаются; выводит различия)
  settings apply FILE [--dry-run]
                          изменить то, что отличается от профиля, одним
                          атомарным setSettings (--dry-run: только вывести
                          список); параметры, относящиеся к одной комнате
                          (громкость, полоса пропускания, язык, ...),
                          никогда не применяются
                          (export, diff и --dry-run выполняют вход как user)
</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %n параметр в %1.</numerusform>
            <numerusform>Сохранено %n параметра в %1.</numerusform>
            <numerusform>Сохранено %n параметров в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room has the profile&apos;s settings.</source>
        <translation>Настройки комнаты совпадают с профилем.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (file → room):</source>
        <translation>
            <numerusform>%n различие (файл → комната):</numerusform>
            <numerusform>%n различия (файл → комната):</numerusform>
            <numerusform>%n различий (файл → комната):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not applied (%2)</source>
        <translation>%1: не применено (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n setting(s).</source>
        <translation>
            <numerusform>Будет изменён %n параметр.</numerusform>
            <numerusform>Будут изменены %n параметра.</numerusform>
            <numerusform>Будет изменено %n параметров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Нечего изменять.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>; if you know the room&apos;s WebSocket port, try --ws ws://%1:PORT</source>
        <translation>; если вы знаете порт WebSocket комнаты, попробуйте --ws ws://%1:PORT</translation>
    </message>
    <message>
        <source>the room signed this client out: %1</source>
        <translation>комната завершила сеанс этого клиента: %1</translation>
    </message>
    <message>
        <source>lost the connection to the room: %1</source>
        <translation>потеряно подключение к комнате: %1</translation>
    </message>
    <message>
        <source>roomdeckctl: note: %1</source>
        <translation>roomdeckctl: примечание: %1</translation>
    </message>
    <message>
        <source>roomdeckctl: connecting to %1</source>
        <translation>roomdeckctl: подключение к %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>waiting for the command&apos;s answer</source>
        <translation>ожидание ответа на команду</translation>
    </message>
    <message>
        <source>the room did not answer within %1 s (%2)</source>
        <translation>комната не ответила за %1 с (%2)</translation>
    </message>
    <message>
        <source>roomdeckctl: signed in as %1</source>
        <translation>roomdeckctl: вход выполнен как %1</translation>
    </message>
    <message>
        <source>the room refused %1: %2</source>
        <translation>комната отклонила %1: %2</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>Команда %1 не отправлена: %2</translation>
    </message>
    <message>
        <source>%1: the room is in state “%2” (%3)</source>
        <translation>%1: комната в состоянии «%2» (%3)</translation>
    </message>
    <message>
        <source>cannot call now</source>
        <translation>сейчас позвонить нельзя</translation>
    </message>
    <message>
        <source>Calling %1: the room accepted the call.</source>
        <translation>Вызов абонента %1: комната приняла вызов.</translation>
    </message>
    <message>
        <source>nothing to accept</source>
        <translation>нечего принимать</translation>
    </message>
    <message>
        <source>Call accepted.</source>
        <translation>Вызов принят.</translation>
    </message>
    <message>
        <source>nothing to reject</source>
        <translation>нечего отклонять</translation>
    </message>
    <message>
        <source>Call declined.</source>
        <translation>Вызов отклонён.</translation>
    </message>
    <message>
        <source>nothing to hang up</source>
        <translation>нечего завершать</translation>
    </message>
    <message>
        <source>Conference ended for everyone.</source>
        <translation>Конференция завершена для всех.</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Вызов завершён.</translation>
    </message>
    <message>
        <source>The room shows its default logo again.</source>
        <translation>Комната снова показывает логотип по умолчанию.</translation>
    </message>
    <message>
        <source>The room computer is restarting.</source>
        <translation>Компьютер комнаты перезагружается.</translation>
    </message>
    <message>
        <source>The TrueConf Room application is closing.</source>
        <translation>Приложение TrueConf Room закрывается.</translation>
    </message>
    <message>
        <source>The room computer is shutting down.</source>
        <translation>Компьютер комнаты выключается.</translation>
    </message>
    <message>
        <source>%1.%2.%3 build %4</source>
        <translation>%1.%2.%3, сборка %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>%1 (HTTP port %2)</source>
        <translation>%1 (HTTP-порт %2)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>App state</source>
        <translation>Состояние приложения</translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation>TrueConf ID</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>нет авторизации</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>The address book is empty.</source>
        <translation>Адресная книга пуста.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Нет контактов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>TRUECONF ID</source>
        <translation>TRUECONF ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>PRESENCE</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>upload-logo needs Administrator access; this connection is signed in as %1</source>
        <translation>для upload-logo нужен доступ Администратора; это подключение выполнено как %1</translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation>upload-logo: %1</translation>
    </message>
    <message>
        <source>fitted into 440x82 px</source>
        <translation>с вписыванием в 440x82 px</translation>
    </message>
    <message>
        <source>at its original size</source>
        <translation>в исходном размере</translation>
    </message>
    <message>
        <source>Logo set: %1 (%2) is file %3, shown %4.</source>
        <translation>Логотип установлен: %1 (%2) — файл %3, показан %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>snapshot: not prepared</source>
        <translation>snapshot: не подготовлено</translation>
    </message>
</context>
<context>
    <name>CliScreen</name>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 не принимает аргументов</translation>
    </message>
    <message>
        <source>widgets takes nothing (list) or NAME on|off; NAME is one of %1</source>
        <translation>widgets принимает: ничего (список) или NAME on|off; NAME — одно из: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>The room reports no monitors.</source>
        <translation>Комната не сообщает о мониторах.</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>РАЗРЕШЕНИЕ</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>ОСНОВНОЙ</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ОКНО</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Default layouts: calls: %1; group conferences: %2</source>
        <translation>Раскладки по умолчанию: вызовы: %1; групповые конференции: %2</translation>
    </message>
    <message>
        <source>Not in a call.</source>
        <translation>Нет вызова.</translation>
    </message>
    <message>
        <source>monitor %1</source>
        <translation>монитор %1</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>главное окно</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Layout: %1 (%2)</source>
        <translation>Раскладка: %1 (%2)</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>СЛОТ</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ГДЕ</translation>
    </message>
    <message>
        <source>WIDGET</source>
        <translation>ВИДЖЕТ</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>ВКЛ/ВЫКЛ</translation>
    </message>
</context>
<context>
    <name>CliSend</name>
    <message>
        <source>send: give the request either as an argument or with --file, not both</source>
        <translation>send: укажите запрос либо аргументом, либо через --file, но не оба сразу</translation>
    </message>
    <message>
        <source>send: --file takes a file name, or - for standard input</source>
        <translation>send: --file принимает имя файла или - для стандартного ввода</translation>
    </message>
    <message>
        <source>send needs a request: send JSON or send --file FILE (try --help)</source>
        <translation>send требует запрос: send JSON или send --file FILE (см. --help)</translation>
    </message>
    <message>
        <source>send takes one argument, got %1</source>
        <translation>send принимает один аргумент, получено: %1</translation>
    </message>
    <message>
        <source>the argument</source>
        <translation>аргумент</translation>
    </message>
    <message>
        <source>send: %1 is not JSON: %2 at line %3, column %4</source>
        <translation>send: %1 не является JSON: %2 в строке %3, столбце %4</translation>
    </message>
    <message>
        <source>send: %1 must be a JSON object such as &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;</source>
        <translation>send: %1 должен быть объектом JSON, например &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;</translation>
    </message>
    <message>
        <source>send: the request needs a &quot;method&quot; string</source>
        <translation>send: в запросе нужна строка &quot;method&quot;</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>send: cannot read %1: %2</source>
        <translation>send: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>send: cannot read standard input</source>
        <translation>send: не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>send: %1 is larger than %2 KiB</source>
        <translation>send: %1 больше %2 КиБ</translation>
    </message>
    <message>
        <source>send: %1 is empty</source>
        <translation>send: %1 пуст</translation>
    </message>
</context>
<context>
    <name>CliSettingsRun</name>
    <message>
        <source>settings get takes at most one NAME</source>
        <translation>settings get принимает не более одного NAME</translation>
    </message>
    <message>
        <source>settings set takes NAME=VALUE...</source>
        <translation>settings set принимает NAME=VALUE...</translation>
    </message>
    <message>
        <source>settings set takes NAME=VALUE, not “%1”</source>
        <translation>settings set принимает NAME=VALUE, а не «%1»</translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation>settings принимает: %1</translation>
    </message>
    <message>
        <source>the room has no setting “%1”</source>
        <translation>в комнате нет параметра «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the room has these values already.</source>
        <translation>Нечего изменять: в комнате уже установлены эти значения.</translation>
    </message>
    <message>
        <source>The room accepted: %1</source>
        <translation>Комната приняла: %1</translation>
    </message>
    <message>
        <source>%1 (refused setting: %2)</source>
        <translation>%1 (отклонённый параметр: %2)</translation>
    </message>
</context>
<context>
    <name>CliSnapshot</name>
    <message>
        <source>no file given</source>
        <translation>файл не указан</translation>
    </message>
    <message>
        <source>“%1” is a folder</source>
        <translation>«%1» — это папка</translation>
    </message>
    <message>
        <source>the folder of “%1” does not exist</source>
        <translation>папка для «%1» не существует</translation>
    </message>
    <message>
        <source>the folder of “%1” is not writable</source>
        <translation>папка для «%1» недоступна для записи</translation>
    </message>
    <message>
        <source>snapshot: %1; nothing was written</source>
        <translation>snapshot: %1; ничего не записано</translation>
    </message>
    <message>
        <source>snapshot: cannot write “%1”: %2</source>
        <translation>snapshot: не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>Snapshot of %1 saved to %2 (%3).</source>
        <translation>Снимок %1 сохранён в %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ConferenceModeration</name>
    <message>
        <source>The room is not in a conference</source>
        <translation>Комната не участвует в конференции</translation>
    </message>
    <message>
        <source>The room&apos;s connection cannot control a conference now</source>
        <translation>Подключение комнаты сейчас не позволяет управлять конференцией</translation>
    </message>
    <message>
        <source>The podium exists only in role-based conferences</source>
        <translation>Трибуна есть только в ролевых конференциях</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can manage the podium</source>
        <translation>Управлять трибуной может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only possible in a group conference, not in a call</source>
        <translation>Доступно только в групповой конференции, а не в вызове</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can switch participants&apos; devices</source>
        <translation>Переключать устройства участников может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can remove participants</source>
        <translation>Удалять участников может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can invite participants</source>
        <translation>Приглашать участников может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can let people in</source>
        <translation>Допускать участников может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can manage the waiting room</source>
        <translation>Управлять залом ожидания может только владелец конференции или модератор</translation>
    </message>
    <message>
        <source>Only the conference owner can make moderators</source>
        <translation>Назначать модераторов может только владелец конференции</translation>
    </message>
    <message>
        <source>%1 asks to join</source>
        <translation>%1 просит подключиться</translation>
    </message>
    <message>
        <source>%1 is in the waiting room</source>
        <translation>%1 в зале ожидания</translation>
    </message>
    <message>
        <source>%1 asks to speak</source>
        <translation>%1 просит слова</translation>
    </message>
    <message>
        <source>%1 asks to record the room</source>
        <translation>%1 запрашивает разрешение на запись комнаты</translation>
    </message>
    <message>
        <source>The conference owner invites the room to the podium</source>
        <translation>Владелец конференции приглашает комнату на трибуну</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Turning on the microphone of %1</source>
        <translation>Включение микрофона участника %1</translation>
    </message>
    <message>
        <source>Turning off the microphone of %1</source>
        <translation>Выключение микрофона участника %1</translation>
    </message>
    <message>
        <source>Turning on the camera of %1</source>
        <translation>Включение камеры участника %1</translation>
    </message>
    <message>
        <source>Turning off the camera of %1</source>
        <translation>Выключение камеры участника %1</translation>
    </message>
    <message>
        <source>Turning on the speaker of %1</source>
        <translation>Включение динамика участника %1</translation>
    </message>
    <message>
        <source>Turning off the speaker of %1</source>
        <translation>Выключение динамика участника %1</translation>
    </message>
    <message>
        <source>Removing %1 from the conference</source>
        <translation>Удаление участника %1 из конференции</translation>
    </message>
    <message>
        <source>Making %1 a moderator</source>
        <translation>Назначение участника %1 модератором</translation>
    </message>
    <message>
        <source>Taking the moderator role from %1</source>
        <translation>Снятие роли модератора с участника %1</translation>
    </message>
    <message>
        <source>Inviting %1 to the conference</source>
        <translation>Приглашение %1 в конференцию</translation>
    </message>
    <message>
        <source>Inviting %1 to the podium</source>
        <translation>Приглашение %1 на трибуну</translation>
    </message>
    <message>
        <source>Taking %1 off the podium</source>
        <translation>Снятие участника %1 с трибуны</translation>
    </message>
    <message>
        <source>Letting %1 speak</source>
        <translation>Предоставление слова участнику %1</translation>
    </message>
    <message>
        <source>Declining the request of %1 to speak</source>
        <translation>Отклонение запроса участника %1 на выступление</translation>
    </message>
    <message>
        <source>Taking the podium</source>
        <translation>Выход на трибуну</translation>
    </message>
    <message>
        <source>Leaving the podium</source>
        <translation>Уход с трибуны</translation>
    </message>
    <message>
        <source>Accepting the invitation to the podium</source>
        <translation>Принятие приглашения на трибуну</translation>
    </message>
    <message>
        <source>Declining the invitation to the podium</source>
        <translation>Отклонение приглашения на трибуну</translation>
    </message>
    <message>
        <source>Allowing %1 to record</source>
        <translation>Разрешение записи участнику %1</translation>
    </message>
    <message>
        <source>Refusing %1 to record</source>
        <translation>Отказ в записи участнику %1</translation>
    </message>
    <message>
        <source>Turning the waiting room on</source>
        <translation>Включение зала ожидания</translation>
    </message>
    <message>
        <source>Turning the waiting room off</source>
        <translation>Выключение зала ожидания</translation>
    </message>
    <message>
        <source>Letting %1 in from the waiting room</source>
        <translation>Допуск участника %1 из зала ожидания</translation>
    </message>
    <message>
        <source>Turning %1 away from the waiting room</source>
        <translation>Отказ участнику %1 в зале ожидания</translation>
    </message>
    <message>
        <source>Letting %1 join</source>
        <translation>Допуск участника %1 в конференцию</translation>
    </message>
    <message>
        <source>Refusing to let %1 join</source>
        <translation>Отказ участнику %1 в подключении</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>No call in progress</source>
        <translation>Нет активного вызова</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Длительность вызова</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Everyone in the room&apos;s call, with microphone, camera and role</source>
        <translation>Все участники вызова комнаты: микрофон, камера и роль</translation>
    </message>
    <message>
        <source>Tones (DTMF)</source>
        <translation>Тональный набор (DTMF)</translation>
    </message>
    <message>
        <source>Tone keypad</source>
        <translation>Тональная клавиатура</translation>
    </message>
    <message>
        <source>Sends DTMF tones into the call, for example to enter a conference PIN on a gateway</source>
        <translation>Отправляет тональные сигналы DTMF в вызов, например для ввода PIN-кода конференции на шлюзе</translation>
    </message>
    <message>
        <source>Tone 1</source>
        <translation>Тон 1</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 1 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 1</translation>
    </message>
    <message>
        <source>Tone 2</source>
        <translation>Тон 2</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 2 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 2</translation>
    </message>
    <message>
        <source>Tone 3</source>
        <translation>Тон 3</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 3 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 3</translation>
    </message>
    <message>
        <source>Tone 4</source>
        <translation>Тон 4</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 4 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 4</translation>
    </message>
    <message>
        <source>Tone 5</source>
        <translation>Тон 5</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 5 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 5</translation>
    </message>
    <message>
        <source>Tone 6</source>
        <translation>Тон 6</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 6 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 6</translation>
    </message>
    <message>
        <source>Tone 7</source>
        <translation>Тон 7</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 7 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 7</translation>
    </message>
    <message>
        <source>Tone 8</source>
        <translation>Тон 8</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 8 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 8</translation>
    </message>
    <message>
        <source>Tone 9</source>
        <translation>Тон 9</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 9 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 9</translation>
    </message>
    <message>
        <source>Tone star</source>
        <translation>Тон «звёздочка»</translation>
    </message>
    <message>
        <source>Sends the DTMF tone star into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF «звёздочка»</translation>
    </message>
    <message>
        <source>Tone 0</source>
        <translation>Тон 0</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 0 into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF 0</translation>
    </message>
    <message>
        <source>Tone hash</source>
        <translation>Тон «решётка»</translation>
    </message>
    <message>
        <source>Sends the DTMF tone hash into the call</source>
        <translation>Отправляет в вызов тональный сигнал DTMF «решётка»</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Send the tone %1</source>
        <translation>Отправить тональный сигнал %1</translation>
    </message>
    <message>
        <source>The last call was not answered: %1</source>
        <translation>Последний вызов остался без ответа: %1</translation>
    </message>
    <message>
        <source>The room is free for a call.</source>
        <translation>Комната свободна для вызова.</translation>
    </message>
    <message>
        <source>Ringing: waiting for an answer</source>
        <translation>Вызов: ожидание ответа</translation>
    </message>
    <message>
        <source>Calling the room: %1</source>
        <translation>Вызывает комнату: %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Вызов: %1</translation>
    </message>
    <message>
        <source>In a conference</source>
        <translation>В конференции</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Type: not reported</source>
        <translation>Тип: не сообщается</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Владелец: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Ending: %1</source>
        <translation>Завершается: %1</translation>
    </message>
    <message>
        <source>Participants appear here once the call is answered.</source>
        <translation>Участники появятся здесь после ответа на вызов.</translation>
    </message>
    <message>
        <source>The call has lasted %1</source>
        <translation>Вызов длится %1</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Участники (%1)</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Call state unknown</source>
        <translation>Состояние вызова неизвестно</translation>
    </message>
    <message>
        <source>Participants appear here during a call.</source>
        <translation>Во время вызова здесь появятся участники.</translation>
    </message>
    <message>
        <source>Last known: a call with %1.</source>
        <translation>Последнее известное состояние: вызов — %1.</translation>
    </message>
    <message>
        <source>RoomDeck shows the room&apos;s call and its participants again once it is connected and signed in.</source>
        <translation>RoomDeck снова покажет вызов комнаты и его участников, когда подключится и войдёт.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Room</source>
        <translation>Подключение к комнате</translation>
    </message>
    <message>
        <source>Enter the address shown on the room&apos;s screen (its IP address and control-panel port), or a WebSocket address.</source>
        <translation>Введите адрес, показанный на экране комнаты (её IP-адрес и порт панели управления), или адрес WebSocket.</translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation>&amp;Адрес комнаты:</translation>
    </message>
    <message>
        <source>192.168.1.20:8088 or ws://host:8765</source>
        <translation>192.168.1.20:8088 или ws://host:8765</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Экземпляр:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance (-t NAME); leave empty otherwise</source>
        <translation>Только для комнаты, запущенной как отдельный экземпляр (-t NAME); в остальных случаях оставьте пустым</translation>
    </message>
    <message>
        <source>Sign in a&amp;s:</source>
        <translation>Войти &amp;как:</translation>
    </message>
    <message>
        <source>PIN or &amp;password:</source>
        <translation>PIN-код или &amp;пароль:</translation>
    </message>
    <message>
        <source>empty = unsecured room</source>
        <translation>пусто = комната без защиты</translation>
    </message>
    <message>
        <source>Automatic (Administrator if allowed, else User)</source>
        <translation>Автоматически (Администратор, если разрешено, иначе Пользователь)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>The IP address and port are shown on the room&apos;s main screen.</source>
        <translation>IP-адрес и порт показаны на главном экране комнаты.</translation>
    </message>
    <message>
        <source>Connects straight to the WebSocket port; config.json is not read.</source>
        <translation>Подключение напрямую к порту WebSocket; config.json не читается.</translation>
    </message>
    <message>
        <source>Ports are read from %1</source>
        <translation>Порты считываются из %1</translation>
    </message>
    <message>
        <source>&amp;Recent rooms:</source>
        <translation>&amp;Недавние комнаты:</translation>
    </message>
    <message>
        <source>Recent rooms</source>
        <translation>Недавние комнаты</translation>
    </message>
    <message>
        <source>Rooms this console connected to before. Select one to fill in the fields; double-click to connect.</source>
        <translation>Комнаты, к которым эта консоль уже подключалась. Выберите комнату, чтобы заполнить поля; двойной щелчок — подключиться.</translation>
    </message>
    <message>
        <source>Select to fill in the fields; double-click to connect</source>
        <translation>Выберите, чтобы заполнить поля; двойной щелчок — подключиться</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Remove the selected room from this list and its PIN or password from the keyring</source>
        <translation>Удалить выбранную комнату из этого списка, а её PIN-код или пароль — из связки ключей</translation>
    </message>
    <message>
        <source>Forget room</source>
        <translation>Забыть комнату</translation>
    </message>
    <message>
        <source>Removes the selected room from the recent rooms and its PIN or password from the keyring</source>
        <translation>Удаляет выбранную комнату из недавних, а её PIN-код или пароль — из связки ключей</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Адрес комнаты</translation>
    </message>
    <message>
        <source>The IP address and control-panel port shown on the room&apos;s screen, or a WebSocket address</source>
        <translation>IP-адрес и порт панели управления, показанные на экране комнаты, или адрес WebSocket</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>optional, e.g. Board room</source>
        <translation>необязательно, например «Переговорная»</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Название комнаты</translation>
    </message>
    <message>
        <source>An optional label for the recent rooms list</source>
        <translation>Необязательная подпись для списка недавних комнат</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance; leave empty otherwise</source>
        <translation>Только для комнаты, запущенной как отдельный экземпляр; в остальных случаях оставьте пустым</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Войти как</translation>
    </message>
    <message>
        <source>The access level to ask the room for</source>
        <translation>Уровень доступа, запрашиваемый у комнаты</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN-код или пароль</translation>
    </message>
    <message>
        <source>Leave empty if the room is not protected</source>
        <translation>Оставьте пустым, если комната не защищена</translation>
    </message>
    <message>
        <source>Remember the PIN/password in the &amp;keyring</source>
        <translation>Запомнить PIN-код/пароль в &amp;связке ключей</translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring (never in RoomDeck&apos;s settings)</source>
        <translation>Хранит секрет в системной связке ключей (никогда — в настройках RoomDeck)</translation>
    </message>
    <message>
        <source>Remember the PIN or password in the keyring</source>
        <translation>Запомнить PIN-код или пароль в связке ключей</translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring, never in RoomDeck&apos;s settings</source>
        <translation>Хранит секрет в системной связке ключей, никогда — в настройках RoomDeck</translation>
    </message>
    <message>
        <source>The PIN or password is in the keyring</source>
        <translation>PIN-код или пароль сохранён в связке ключей</translation>
    </message>
    <message>
        <source>No PIN or password is stored</source>
        <translation>PIN-код или пароль не сохранён</translation>
    </message>
    <message>
        <source>Reading the PIN or password from the keyring…</source>
        <translation>Чтение PIN-кода или пароля из связки ключей…</translation>
    </message>
    <message>
        <source>The PIN or password was filled in from the keyring.</source>
        <translation>PIN-код или пароль подставлен из связки ключей.</translation>
    </message>
    <message>
        <source>No keyring service is available: the PIN or password is asked for each time.</source>
        <translation>Служба связки ключей недоступна: PIN-код или пароль запрашивается каждый раз.</translation>
    </message>
    <message>
        <source>Only the keyring ever holds the secret; RoomDeck&apos;s settings never do.</source>
        <translation>Секрет хранится только в связке ключей, но не в настройках RoomDeck.</translation>
    </message>
    <message>
        <source>The PIN from the room&apos;s link is in the PIN field; the address is remembered without it.</source>
        <translation>PIN-код из ссылки комнаты подставлен в поле PIN-кода; адрес запоминается без него.</translation>
    </message>
    <message>
        <source>Rooms on This A&amp;gent…</source>
        <translation>Комнаты этого а&amp;гента…</translation>
    </message>
    <message>
        <source>When the address is a roomdeck-agent&apos;s: list the rooms it serves and choose one</source>
        <translation>Если это адрес roomdeck-agent: показать его комнаты и выбрать одну</translation>
    </message>
    <message>
        <source>Rooms on this agent</source>
        <translation>Комнаты этого агента</translation>
    </message>
    <message>
        <source>Asks the roomdeck-agent at this address for its rooms; choosing one sets the instance</source>
        <translation>Запрашивает у roomdeck-agent по этому адресу его комнаты; выбор комнаты задаёт экземпляр</translation>
    </message>
    <message>
        <source>Agent roo&amp;m:</source>
        <translation>Ко&amp;мната агента:</translation>
    </message>
    <message>
        <source>Agent room</source>
        <translation>Комната агента</translation>
    </message>
    <message>
        <source>The rooms the roomdeck-agent serves, with their site and whether they are up; choosing one sets the instance</source>
        <translation>Комнаты roomdeck-agent с площадкой и доступностью; выбор комнаты задаёт экземпляр</translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation>Выберите комнату</translation>
    </message>
    <message>
        <source>Enter the roomdeck-agent&apos;s address as HOST:PORT first.</source>
        <translation>Сначала введите адрес roomdeck-agent как HOST:PORT.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>Запрос комнат у %1…</translation>
    </message>
    <message>
        <source>This roomdeck-agent serves no rooms.</source>
        <translation>У этого roomdeck-agent нет комнат.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>доступна</translation>
    </message>
    <message>
        <source>down</source>
        <translation>недоступна</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agent room: name, up or down</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>agent room: name, site, up or down</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>TrueConf ID: %1
Agent&apos;s connection: %2</source>
        <translation>TrueConf ID: %1
Соединение агента: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) on this agent: choosing one sets the instance.</source>
        <translation>
            <numerusform>%n комната на этом агенте: выбор задаёт экземпляр.</numerusform>
            <numerusform>%n комнаты на этом агенте: выбор задаёт экземпляр.</numerusform>
            <numerusform>%n комнат на этом агенте: выбор задаёт экземпляр.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Add to Address Book</source>
        <translation>Добавить в адресную книгу</translation>
    </message>
    <message>
        <source>TrueConf ID to add (user or user@server):</source>
        <translation>TrueConf ID для добавления (user или user@server):</translation>
    </message>
    <message>
        <source>Cannot add “%1”: %2</source>
        <translation>Не удаётся добавить «%1»: %2</translation>
    </message>
    <message>
        <source>only a person&apos;s TrueConf ID can be added</source>
        <translation>добавить можно только TrueConf ID пользователя</translation>
    </message>
    <message>
        <source>Name to show for %1 (leave empty for the server&apos;s name):</source>
        <translation>Отображаемое имя для %1 (оставьте пустым, чтобы использовать имя с сервера):</translation>
    </message>
    <message>
        <source>Adding %1 to the address book</source>
        <translation>Добавление %1 в адресную книгу</translation>
    </message>
    <message>
        <source>Remove from Address Book</source>
        <translation>Удалить из адресной книги</translation>
    </message>
    <message>
        <source>Remove %1 from the room&apos;s address book?</source>
        <translation>Удалить %1 из адресной книги комнаты?</translation>
    </message>
    <message>
        <source>Removing %1 from the address book</source>
        <translation>Удаление %1 из адресной книги</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Новое имя для %1:</translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation>Переименование %1</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>&amp;Find a contact, or type a TrueConf ID:</source>
        <translation>&amp;Найдите контакт или введите TrueConf ID:</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Найти контакт</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Подходящие контакты</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <source>TrueConf ID:</source>
        <translation>TrueConf ID:</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>Sending the file to the room…</source>
        <translation>Отправка файла в комнату…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Контент</translation>
    </message>
    <message>
        <source>NDI output</source>
        <translation>Выход NDI</translation>
    </message>
    <message>
        <source>Send the room&apos;s picture as NDI</source>
        <translation>Передавать изображение комнаты по NDI</translation>
    </message>
    <message>
        <source>Turns the room&apos;s NDI output on or off</source>
        <translation>Включает или выключает выход NDI комнаты</translation>
    </message>
    <message>
        <source>NDI devices</source>
        <translation>Устройства NDI</translation>
    </message>
    <message>
        <source>The NDI sources this room sends</source>
        <translation>Источники NDI, которые передаёт эта комната</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Имя нового устройства</translation>
    </message>
    <message>
        <source>New NDI device name</source>
        <translation>Имя нового устройства NDI</translation>
    </message>
    <message>
        <source>The name of a new NDI source on this room</source>
        <translation>Имя нового источника NDI в этой комнате</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Create an NDI device with this name</source>
        <translation>Создать устройство NDI с этим именем</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected NDI device</source>
        <translation>Удалить выбранное устройство NDI</translation>
    </message>
    <message>
        <source>Turning NDI on…</source>
        <translation>Включение NDI…</translation>
    </message>
    <message>
        <source>Turning NDI off…</source>
        <translation>Выключение NDI…</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>The room&apos;s slides; the one shown now is marked</source>
        <translation>Слайды комнаты; показываемый сейчас отмечен</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Send a PNG or JPEG picture to the room as a slide</source>
        <translation>Отправить в комнату изображение PNG или JPEG в качестве слайда</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected slide from the room</source>
        <translation>Удалить выбранный слайд из комнаты</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Start or stop showing the slides</source>
        <translation>Начать или остановить показ слайдов</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Show the previous slide</source>
        <translation>Показать предыдущий слайд</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Show the next slide</source>
        <translation>Показать следующий слайд</translation>
    </message>
    <message>
        <source>Broadcast picture</source>
        <translation>Трансляция изображения</translation>
    </message>
    <message>
        <source>Show Picture…</source>
        <translation>Показать изображение…</translation>
    </message>
    <message>
        <source>Send a PNG or JPEG picture instead of the room&apos;s camera</source>
        <translation>Передавать изображение PNG или JPEG вместо камеры комнаты</translation>
    </message>
    <message>
        <source>Stop Picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <source>Send the room&apos;s camera again</source>
        <translation>Снова передавать камеру комнаты</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>NDI is on</source>
        <translation>NDI включён</translation>
    </message>
    <message>
        <source>NDI is off</source>
        <translation>NDI выключен</translation>
    </message>
    <message>
        <source>%1 (whole screen)</source>
        <translation>%1 (весь экран)</translation>
    </message>
    <message>
        <source>NDI device %1</source>
        <translation>Устройство NDI %1</translation>
    </message>
    <message>
        <source>The room does not offer the slideshow now</source>
        <translation>Сейчас комната не поддерживает слайд-шоу</translation>
    </message>
    <message>
        <source>Showing slide %1 of %2</source>
        <translation>Показ слайда %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s), not shown</source>
        <translation>
            <numerusform>%n слайд, не показывается</numerusform>
            <numerusform>%n слайда, не показываются</numerusform>
            <numerusform>%n слайдов, не показываются</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Слайд %1</translation>
    </message>
    <message>
        <source>▶ %1 (shown now)</source>
        <translation>▶ %1 (показывается)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Showing %1 instead of the camera</source>
        <translation>Вместо камеры показывается %1</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>The room sends its camera</source>
        <translation>Комната передаёт свою камеру</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add a Slide</source>
        <translation>Добавление слайда</translation>
    </message>
    <message>
        <source>The slide was added</source>
        <translation>Слайд добавлен</translation>
    </message>
    <message>
        <source>Show a Picture Instead of the Camera</source>
        <translation>Показ изображения вместо камеры</translation>
    </message>
    <message>
        <source>To show an NDI source from the network, choose it as the room&apos;s camera in Devices…</source>
        <translation>Чтобы показать источник NDI из сети, выберите его камерой комнаты в «Устройства…».</translation>
    </message>
</context>
<context>
    <name>ContentShare</name>
    <message>
        <source>“%1” cannot be read</source>
        <translation>Не удаётся прочитать «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture</source>
        <translation>«%1» не является изображением PNG или JPEG</translation>
    </message>
    <message>
        <source>The room does not offer the slideshow now</source>
        <translation>Сейчас комната не поддерживает слайд-шоу</translation>
    </message>
    <message>
        <source>The slideshow holds at most %1 slides</source>
        <translation>В слайд-шоу может быть не более %1 слайдов</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Another file is still being sent to the room</source>
        <translation>В комнату ещё отправляется другой файл</translation>
    </message>
    <message>
        <source>“%1” changed while it was read</source>
        <translation>Файл «%1» изменился во время чтения</translation>
    </message>
    <message>
        <source>Sending the file failed: %1</source>
        <translation>Не удалось отправить файл: %1</translation>
    </message>
    <message>
        <source>There is no such slide</source>
        <translation>Такого слайда нет</translation>
    </message>
    <message>
        <source>There are no slides</source>
        <translation>Слайдов нет</translation>
    </message>
    <message>
        <source>Add a slide first</source>
        <translation>Сначала добавьте слайд</translation>
    </message>
    <message>
        <source>The slideshow is already running</source>
        <translation>Слайд-шоу уже запущено</translation>
    </message>
    <message>
        <source>The slideshow is not running</source>
        <translation>Слайд-шоу не запущено</translation>
    </message>
    <message>
        <source>This is the first slide</source>
        <translation>Это первый слайд</translation>
    </message>
    <message>
        <source>This is the last slide</source>
        <translation>Это последний слайд</translation>
    </message>
    <message>
        <source>No picture is being shown</source>
        <translation>Изображение не показывается</translation>
    </message>
</context>
<context>
    <name>CreateConferenceDialog</name>
    <message>
        <source>Create Conference</source>
        <translation>Создание конференции</translation>
    </message>
    <message>
        <source>e.g. Weekly review</source>
        <translation>например, Еженедельный обзор</translation>
    </message>
    <message>
        <source>Conference title</source>
        <translation>Название конференции</translation>
    </message>
    <message>
        <source>Conference type</source>
        <translation>Тип конференции</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Симметричная</translation>
    </message>
    <message>
        <source>Asymmetric (lecture)</source>
        <translation>Асимметричная (лекция)</translation>
    </message>
    <message>
        <source>Role-based (podium)</source>
        <translation>Ролевая (трибуна)</translation>
    </message>
    <message>
        <source>Search the address book by name or ID</source>
        <translation>Поиск в адресной книге по имени или ID</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Participants to invite</source>
        <translation>Участники для приглашения</translation>
    </message>
    <message>
        <source>Tick the people to invite; Space ticks the current one</source>
        <translation>Отметьте тех, кого нужно пригласить; Пробел отмечает текущего</translation>
    </message>
    <message>
        <source>Waiting room: admit participants one by one</source>
        <translation>Зал ожидания: допускать участников по одному</translation>
    </message>
    <message>
        <source>Cameras off when participants join</source>
        <translation>Выключать камеры участников при подключении</translation>
    </message>
    <message>
        <source>Microphones off when participants join</source>
        <translation>Выключать микрофоны участников при подключении</translation>
    </message>
    <message>
        <source>Newer rooms only; an older room ignores it</source>
        <translation>Только для новых комнат; более старая комната это игнорирует</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Everybody sees and hears everybody: a meeting of equals.</source>
        <translation>Все видят и слышат всех: встреча на равных.</translation>
    </message>
    <message>
        <source>A lecture: everybody sees the presenter (the room); the presenter sees everybody.</source>
        <translation>Лекция: все видят докладчика (комнату); докладчик видит всех.</translation>
    </message>
    <message>
        <source>A podium: only the speakers on it are seen and heard; the room as owner invites speakers and answers requests to speak.</source>
        <translation>Трибуна: видно и слышно только выступающих на ней; комната как владелец приглашает выступающих и отвечает на просьбы о слове.</translation>
    </message>
    <message>
        <source>Nobody invited yet: others can still join by the conference&apos;s link.</source>
        <translation>Пока никто не приглашён: другие всё равно могут подключиться по ссылке конференции.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) invited</source>
        <translation>
            <numerusform>%n участник приглашён</numerusform>
            <numerusform>%n участника приглашены</numerusform>
            <numerusform>%n участников приглашено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Nothing is stored in the keyring for this room</source>
        <translation>Для этой комнаты в связке ключей ничего не сохранено</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>Связка ключей отказала в доступе: %1</translation>
    </message>
    <message>
        <source>No keyring service is available (Secret Service on the session D-Bus): %1. RoomDeck will ask for the PIN or password each time.</source>
        <translation>Служба связки ключей недоступна (Secret Service в сеансовой шине D-Bus): %1. RoomDeck будет запрашивать PIN-код или пароль каждый раз.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>нет подробностей</translation>
    </message>
    <message>
        <source>The keyring request was abandoned</source>
        <translation>Запрос к связке ключей прерван</translation>
    </message>
</context>
<context>
    <name>DemoRoom</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Quarterly results</source>
        <translation>Итоги квартала</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Boardroom</source>
        <translation>Переговорная</translation>
    </message>
    <message>
        <source>Huddle room 2</source>
        <translation>Малая переговорная 2</translation>
    </message>
    <message>
        <source>Training room</source>
        <translation>Учебный класс</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Шумоподавление</translation>
    </message>
    <message>
        <source>Background blur</source>
        <translation>Размытие фона</translation>
    </message>
    <message>
        <source>Background replacement</source>
        <translation>Замена фона</translation>
    </message>
    <message>
        <source>Crop to people</source>
        <translation>Кадрирование по людям</translation>
    </message>
    <message>
        <source>Self-view rotation</source>
        <translation>Поворот собственного видео</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>%1 muted</source>
        <translation>%1: выкл.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>This connection may not change the room&apos;s devices</source>
        <translation>Этому подключению не разрешено изменять устройства комнаты</translation>
    </message>
    <message>
        <source>Muting the %1</source>
        <translation>Выключение: %1</translation>
    </message>
    <message>
        <source>Turning the %1 on</source>
        <translation>Включение: %1</translation>
    </message>
    <message>
        <source>Choosing the %1 “%2”</source>
        <translation>Выбор устройства (%1): «%2»</translation>
    </message>
    <message>
        <source>Turning off the choice of %1</source>
        <translation>Отмена выбора устройства: %1</translation>
    </message>
    <message>
        <source>Changing “%1”</source>
        <translation>Изменение параметра «%1»</translation>
    </message>
    <message>
        <source>choose the image to show behind the people first</source>
        <translation>сначала выберите изображение, которое будет показано за людьми</translation>
    </message>
    <message>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>угол поворота должен быть 0, 90, 180 или 270 градусов</translation>
    </message>
    <message>
        <source>Reading how loud %1 is heard</source>
        <translation>Чтение громкости, с которой слышно участника %1</translation>
    </message>
    <message>
        <source>Changing how loud %1 is heard</source>
        <translation>Изменение громкости, с которой слышно участника %1</translation>
    </message>
    <message>
        <source>the level must be 0 to %1</source>
        <translation>уровень должен быть от 0 до %1</translation>
    </message>
    <message>
        <source>microphone</source>
        <comment>a device named inside a sentence</comment>
        <translation>микрофон</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>a device named inside a sentence</comment>
        <translation>камера</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>a device named inside a sentence</comment>
        <translation>динамик</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Room Devices</source>
        <translation>Устройства комнаты</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Set on the room with an image of its own; it can be turned off here</source>
        <translation>Задано в самой комнате с её собственным изображением; здесь замену можно выключить</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (отключено)</translation>
    </message>
    <message>
        <source>Set by the room&apos;s automatic gain control</source>
        <translation>Задаётся автоматической регулировкой усиления комнаты</translation>
    </message>
</context>
<context>
    <name>DialCompletionModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DialPanel</name>
    <message>
        <source>&amp;Dial:</source>
        <translation>На&amp;брать:</translation>
    </message>
    <message>
        <source>TrueConf ID, user@server or \c\conference (Ctrl+L)</source>
        <translation>TrueConf ID, user@server или \c\conference (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>The TrueConf ID to call: user, user@server, user@server/instance, or \c\ and a conference name. Enter calls.</source>
        <translation>TrueConf ID для вызова: user, user@server, user@server/instance или \c\ и имя конференции. Enter — позвонить.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Calls the TrueConf ID in the dial field from the room</source>
        <translation>Вызывает из комнаты TrueConf ID, указанный в поле набора</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Ends the room&apos;s call, or cancels a call that is still ringing</source>
        <translation>Завершает вызов комнаты или отменяет вызов, на который ещё не ответили</translation>
    </message>
    <message>
        <source>Hang up for all</source>
        <translation>Завершить для всех</translation>
    </message>
    <message>
        <source>Ends the group conference for every participant (owner or moderator only)</source>
        <translation>Завершает групповую конференцию для всех участников (только владелец или модератор)</translation>
    </message>
    <message>
        <source>Type a TrueConf ID or pick a contact; Enter or Ctrl+Enter calls.</source>
        <translation>Введите TrueConf ID или выберите контакт; Enter или Ctrl+Enter — позвонить.</translation>
    </message>
    <message>
        <source>Joins the conference “%1”.</source>
        <translation>Подключение к конференции «%1».</translation>
    </message>
    <message>
        <source>Rings only this instance of the user.</source>
        <translation>Вызов поступит только на этот экземпляр пользователя.</translation>
    </message>
    <message>
        <source>The room completes the server (user@server).</source>
        <translation>Комната дополнит адрес сервером (user@server).</translation>
    </message>
    <message>
        <source>Ready to call.</source>
        <translation>Готово к вызову.</translation>
    </message>
    <message>
        <source>Cannot call now: %1</source>
        <translation>Сейчас позвонить нельзя: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Room state: %1</source>
        <translation>Состояние комнаты: %1</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Требуется вход: %1</translation>
    </message>
    <message>
        <source>Account login: %1</source>
        <translation>Авторизация учётной записи: %1</translation>
    </message>
    <message>
        <source>The room logged out of its account</source>
        <translation>Комната вышла из учётной записи</translation>
    </message>
    <message>
        <source>Connected to server %1</source>
        <translation>Подключено к серверу %1</translation>
    </message>
    <message>
        <source>Disconnected from server %1</source>
        <translation>Отключено от сервера %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Входящий вызов от %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Вызов абонента %1</translation>
    </message>
    <message>
        <source>Call refused by %1: %2</source>
        <translation>Вызов отклонён абонентом %1: %2</translation>
    </message>
    <message>
        <source>Call from %1 declined</source>
        <translation>Вызов от %1 отклонён</translation>
    </message>
    <message>
        <source>Conference started: %1</source>
        <translation>Конференция началась: %1</translation>
    </message>
    <message>
        <source>Conference ended</source>
        <translation>Конференция завершена</translation>
    </message>
    <message>
        <source>%1 joined the conference</source>
        <translation>Участник %1 подключился к конференции</translation>
    </message>
    <message>
        <source>%1 left the conference</source>
        <translation>Участник %1 покинул конференцию</translation>
    </message>
    <message>
        <source>Setting “%1” changed to %2</source>
        <translation>Параметр «%1» изменён на %2</translation>
    </message>
    <message numerus="yes">
        <source>Presence changed for %n contact(s)</source>
        <translation>
            <numerusform>Статус изменился у %n контакта</numerusform>
            <numerusform>Статус изменился у %n контактов</numerusform>
            <numerusform>Статус изменился у %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom event: %1</source>
        <translation>Пользовательское событие: %1</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Событие «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Подключено к %1 как %2</translation>
    </message>
    <message>
        <source>, logged in as %1</source>
        <translation>, учётная запись %1</translation>
    </message>
    <message>
        <source>, logged in as %1 (%2)</source>
        <translation>, учётная запись %1 (%2)</translation>
    </message>
    <message>
        <source>Reconnect attempt %1 in %2 s</source>
        <translation>Попытка переподключения %1 через %2 с</translation>
    </message>
    <message numerus="yes">
        <source>(cut: the room sent %n bytes)</source>
        <translation>
            <numerusform>(обрезано: комната прислала %n байт)</numerusform>
            <numerusform>(обрезано: комната прислала %n байта)</numerusform>
            <numerusform>(обрезано: комната прислала %n байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>(The room&apos;s JSON for this entry was dropped to keep the log&apos;s memory bounded.)</source>
        <translation>(JSON комнаты для этой записи удалён, чтобы ограничить объём памяти журнала.)</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — выполнено</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>%1 wrote: “%2”</source>
        <translation>%1 пишет: «%2»</translation>
    </message>
    <message>
        <source>%1 wrote to the conference: “%2”</source>
        <translation>%1 пишет в конференцию: «%2»</translation>
    </message>
    <message>
        <source>The room wrote to %1: “%2”</source>
        <translation>Комната отправила сообщение для %1: «%2»</translation>
    </message>
    <message>
        <source>The room wrote to the conference: “%1”</source>
        <translation>Комната написала в конференцию: «%1»</translation>
    </message>
    <message>
        <source>The room&apos;s microphone was muted</source>
        <translation>Микрофон комнаты выключен</translation>
    </message>
    <message>
        <source>The room&apos;s microphone was turned on</source>
        <translation>Микрофон комнаты включён</translation>
    </message>
    <message>
        <source>The room&apos;s camera was turned off</source>
        <translation>Камера комнаты выключена</translation>
    </message>
    <message>
        <source>The room&apos;s camera was turned on</source>
        <translation>Камера комнаты включена</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker was muted</source>
        <translation>Динамик комнаты выключен</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker was turned on</source>
        <translation>Динамик комнаты включён</translation>
    </message>
    <message>
        <source>The conference owner muted the room&apos;s microphone</source>
        <translation>Владелец конференции выключил микрофон комнаты</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s microphone on</source>
        <translation>Владелец конференции включил микрофон комнаты</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s camera off</source>
        <translation>Владелец конференции выключил камеру комнаты</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s camera on</source>
        <translation>Владелец конференции включил камеру комнаты</translation>
    </message>
    <message>
        <source>%1 — microphone: %2, camera: %3</source>
        <translation>%1 — микрофон: %2, камера: %3</translation>
    </message>
    <message>
        <source>%1 — microphone: %2</source>
        <translation>%1 — микрофон: %2</translation>
    </message>
    <message>
        <source>%1 — camera: %2</source>
        <translation>%1 — камера: %2</translation>
    </message>
    <message>
        <source>%1: devices changed</source>
        <translation>%1: устройства изменены</translation>
    </message>
    <message>
        <source>%1 is now “%2”</source>
        <translation>%1: теперь «%2»</translation>
    </message>
    <message>
        <source>Presence changed for %1</source>
        <translation>Изменился статус: %1</translation>
    </message>
    <message>
        <source>%1 has a new picture</source>
        <translation>%1: новое изображение профиля</translation>
    </message>
    <message>
        <source>Restart the room computer</source>
        <translation>Перезагрузить компьютер комнаты</translation>
    </message>
    <message>
        <source>Shut down the room computer</source>
        <translation>Выключить компьютер комнаты</translation>
    </message>
    <message>
        <source>Quit the room application</source>
        <translation>Закрыть приложение комнаты</translation>
    </message>
    <message>
        <source>Show the uploaded logo</source>
        <translation>Показать загруженный логотип</translation>
    </message>
    <message>
        <source>Show the uploaded background</source>
        <translation>Показать загруженный фон</translation>
    </message>
    <message>
        <source>Reset the logo to the default</source>
        <translation>Вернуть логотип по умолчанию</translation>
    </message>
    <message>
        <source>Reset the background to the default</source>
        <translation>Вернуть фон по умолчанию</translation>
    </message>
    <message>
        <source>Connect the room to a TrueConf server</source>
        <translation>Подключить комнату к серверу TrueConf</translation>
    </message>
    <message>
        <source>Connect the room to TrueConf Online</source>
        <translation>Подключить комнату к TrueConf Online</translation>
    </message>
    <message>
        <source>Log the room&apos;s TrueConf account in</source>
        <translation>Войти в учётную запись TrueConf комнаты</translation>
    </message>
    <message>
        <source>Log the room&apos;s TrueConf account out</source>
        <translation>Выйти из учётной записи TrueConf комнаты</translation>
    </message>
    <message>
        <source>Change the protection of a mode</source>
        <translation>Изменить защиту режима</translation>
    </message>
    <message>
        <source>Clear the sign-in tokens</source>
        <translation>Сбросить токены входа</translation>
    </message>
    <message>
        <source>Activate a licence</source>
        <translation>Активировать лицензию</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Accept the call</source>
        <translation>Принять вызов</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Отклонить вызов</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить вызов</translation>
    </message>
    <message>
        <source>Send a tone</source>
        <translation>Отправить тон</translation>
    </message>
    <message>
        <source>Add a contact to the address book</source>
        <translation>Добавить контакт в адресную книгу</translation>
    </message>
    <message>
        <source>Remove a contact from the address book</source>
        <translation>Удалить контакт из адресной книги</translation>
    </message>
    <message>
        <source>Rename a contact</source>
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <source>Change the room&apos;s settings</source>
        <translation>Изменить настройки комнаты</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>поворот</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>наклон</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>The room&apos;s camera changed</source>
        <translation>Камера комнаты изменилась</translation>
    </message>
    <message>
        <source>The room&apos;s camera: %1</source>
        <translation>Камера комнаты: %1</translation>
    </message>
    <message>
        <source>Camera preset “%1” saved</source>
        <translation>Предустановка камеры «%1» сохранена</translation>
    </message>
    <message>
        <source>Camera preset “%1” applied</source>
        <translation>Предустановка камеры «%1» применена</translation>
    </message>
    <message>
        <source>Camera preset “%1” changed</source>
        <translation>Предустановка камеры «%1» изменена</translation>
    </message>
    <message>
        <source>Camera preset “%1” removed</source>
        <translation>Предустановка камеры «%1» удалена</translation>
    </message>
    <message>
        <source>%1 asks to control the room&apos;s camera</source>
        <translation>%1 просит управление камерой комнаты</translation>
    </message>
    <message>
        <source>The room&apos;s devices changed</source>
        <translation>Устройства комнаты изменились</translation>
    </message>
    <message>
        <source>%1 asks to join the conference</source>
        <translation>%1 просит войти в конференцию</translation>
    </message>
    <message>
        <source>%1 was let into the conference</source>
        <translation>%1: вход в конференцию разрешён</translation>
    </message>
    <message>
        <source>%1 is in the waiting room</source>
        <translation>%1 в зале ожидания</translation>
    </message>
    <message>
        <source>%1 left the waiting room</source>
        <translation>%1 больше не в зале ожидания</translation>
    </message>
    <message>
        <source>The waiting room is on</source>
        <translation>Зал ожидания включён</translation>
    </message>
    <message>
        <source>The waiting room is off</source>
        <translation>Зал ожидания выключен</translation>
    </message>
    <message>
        <source>%1 asks to record the room</source>
        <translation>%1 просит разрешения на запись комнаты</translation>
    </message>
    <message>
        <source>%1 records the room</source>
        <translation>%1 ведёт запись комнаты</translation>
    </message>
    <message>
        <source>%1 stopped recording the room</source>
        <translation>%1: запись комнаты остановлена</translation>
    </message>
    <message>
        <source>%1 asks to speak</source>
        <translation>%1 просит слова</translation>
    </message>
    <message>
        <source>Microphone test level: %1</source>
        <translation>Уровень теста микрофона: %1</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <source>Event log</source>
        <translation>Журнал событий</translation>
    </message>
    <message>
        <source>Show only one kind of entry</source>
        <translation>Показывать записи только одного типа</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Исходный &amp;JSON</translation>
    </message>
    <message>
        <source>Show the JSON the room sent for the selected entry</source>
        <translation>Показать JSON, отправленный комнатой для выбранной записи</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
    <message>
        <source>Select an entry to see the JSON the room sent.</source>
        <translation>Выберите запись, чтобы увидеть JSON, отправленный комнатой.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Скопировать выбранные записи</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Удалить все записи из журнала</translation>
    </message>
    <message>
        <source>This entry has no JSON: RoomDeck wrote it, not the room.</source>
        <translation>У этой записи нет JSON: её создал RoomDeck, а не комната.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 из %n записи</numerusform>
            <numerusform>%1 из %n записей</numerusform>
            <numerusform>%1 из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Показать записи</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Показать исходный JSON</translation>
    </message>
    <message>
        <source>Shows the JSON the room sent for the selected entry</source>
        <translation>Показывает JSON, отправленный комнатой для выбранной записи</translation>
    </message>
    <message>
        <source>Copy entries</source>
        <translation>Копировать записи</translation>
    </message>
    <message>
        <source>Copies the selected entries to the clipboard</source>
        <translation>Копирует выбранные записи в буфер обмена</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Очистить журнал</translation>
    </message>
    <message>
        <source>Removes every entry from the event log</source>
        <translation>Удаляет все записи из журнала событий</translation>
    </message>
    <message>
        <source>Room events, failed commands, connection changes and notices, newest last</source>
        <translation>События комнаты, неудавшиеся команды, изменения подключения и уведомления; новые — внизу</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Поиск в журнале событий</translation>
    </message>
    <message>
        <source>Shows only entries whose text or name contains every word typed here</source>
        <translation>Показывает только записи, текст или имя которых содержит все введённые здесь слова</translation>
    </message>
    <message>
        <source>Shows every entry of the event log but presence changes, every entry, or only one kind</source>
        <translation>Показывает все записи журнала событий, кроме изменений статуса, все записи или записи только одного типа</translation>
    </message>
    <message>
        <source>All but presence</source>
        <translation>Все, кроме статусов</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Показывать записи</translation>
    </message>
    <message>
        <source>Shows this session&apos;s entries, or the room&apos;s history kept on this computer</source>
        <translation>Показывает записи этого сеанса или историю комнаты, хранящуюся на этом компьютере</translation>
    </message>
    <message>
        <source>This session&apos;s entries, or every day&apos;s kept on this computer</source>
        <translation>Записи этого сеанса или всех дней, хранящихся на этом компьютере</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>Saves the history entries shown as a CSV file</source>
        <translation>Сохраняет показанные записи истории в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Export History…</source>
        <translation>&amp;Экспорт истории…</translation>
    </message>
    <message>
        <source>Save the history entries shown as a CSV file</source>
        <translation>Сохранить показанные записи истории в файл CSV</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Этот сеанс</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the history</source>
        <translation>
            <numerusform>%n запись в истории</numerusform>
            <numerusform>%n записи в истории</numerusform>
            <numerusform>%n записей в истории</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. New entries wait and are written when it can; the console works on.</source>
        <translation>%1. Новые записи ждут и будут записаны, когда это станет возможно; консоль продолжает работать.</translation>
    </message>
    <message>
        <source>room-history-%1.csv</source>
        <translation>room-history-%1.csv</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Не удалось сохранить историю в %1: %2</translation>
    </message>
    <message>
        <source>there is no history</source>
        <translation>истории нет</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <source>“%1” is not a list</source>
        <translation>«%1» не является списком</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 is not an id with a label</source>
        <translation>запись %1 не является парой из ID и подписи</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Adding %1 to the favourites</source>
        <translation>Добавление %1 в избранное</translation>
    </message>
    <message>
        <source>No TrueConf ID given</source>
        <translation>TrueConf ID не указан</translation>
    </message>
    <message>
        <source>It is already a favourite</source>
        <translation>Уже в избранном</translation>
    </message>
    <message>
        <source>The list is full (%1 entries)</source>
        <translation>Список заполнен (записей: %1)</translation>
    </message>
    <message>
        <source>Removing %1 from the favourites</source>
        <translation>Удаление %1 из избранного</translation>
    </message>
    <message>
        <source>It is not a favourite</source>
        <translation>Не в избранном</translation>
    </message>
    <message>
        <source>Renaming the favourite %1</source>
        <translation>Переименование записи избранного %1</translation>
    </message>
    <message>
        <source>Moving the favourite %1</source>
        <translation>Перемещение записи избранного %1</translation>
    </message>
    <message>
        <source>Replacing the room&apos;s favourites</source>
        <translation>Замена избранного комнаты</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>The room&apos;s speed-dial list, shared by every console: double-click or Enter calls</source>
        <translation>Список быстрого набора комнаты, общий для всех консолей: двойной щелчок или Enter — вызов</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Call the selected favourite</source>
        <translation>Позвонить по выбранной записи избранного</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Take the selected entry off the room&apos;s favourites</source>
        <translation>Убрать выбранную запись из избранного комнаты</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Give the selected favourite another label</source>
        <translation>Изменить подпись выбранной записи избранного</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the selected favourite up</source>
        <translation>Переместить выбранную запись избранного выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected favourite down</source>
        <translation>Переместить выбранную запись избранного ниже</translation>
    </message>
    <message>
        <source>Rename Favourite</source>
        <translation>Переименовать запись избранного</translation>
    </message>
    <message>
        <source>Label for %1:</source>
        <translation>Подпись для %1:</translation>
    </message>
    <message>
        <source>Type an ID in the dial field or pick a contact, then add it here</source>
        <translation>Введите ID в поле набора или выберите контакт, затем добавьте его сюда</translation>
    </message>
    <message>
        <source>Add %1 to the room&apos;s favourites</source>
        <translation>Добавить %1 в избранное комнаты</translation>
    </message>
    <message>
        <source>Favourites appear once the room is connected.</source>
        <translation>Избранное появится после подключения к комнате.</translation>
    </message>
    <message>
        <source>No favourites yet: add the ID in the dial field or a contact.</source>
        <translation>Избранного пока нет: добавьте ID из поля набора или контакт.</translation>
    </message>
</context>
<context>
    <name>FrameLog</name>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>не JSON</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>Sent to the room</source>
        <translation>Отправлено в комнату</translation>
    </message>
    <message>
        <source>Received from the room</source>
        <translation>Получено от комнаты</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Ответа пока нет</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Method / event</source>
        <translation>Метод / событие</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 bytes, too large to keep whole</source>
        <translation>%1 байт — слишком много, чтобы хранить целиком</translation>
    </message>
    <message>
        <source>%1 frames · %2 MiB of %3 MiB · %4 dropped</source>
        <translation>Кадров: %1 · %2 МиБ из %3 МиБ · отброшено: %4</translation>
    </message>
    <message>
        <source> · %1 missed while paused</source>
        <translation> · пропущено во время паузы: %1</translation>
    </message>
</context>
<context>
    <name>FrameRecording</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>This is not a RoomDeck recording: its first line is not the “roomdeck-recording” header.</source>
        <translation>Это не запись RoomDeck: её первая строка — не заголовок «roomdeck-recording».</translation>
    </message>
    <message>
        <source>The recording&apos;s header has no valid version.</source>
        <translation>В заголовке записи нет корректной версии.</translation>
    </message>
    <message>
        <source>The recording is of version %1; this RoomDeck reads version %2 only.</source>
        <translation>Версия записи — %1, а эта версия RoomDeck читает только версию %2.</translation>
    </message>
    <message>
        <source>The recording&apos;s header has no valid “started” time.</source>
        <translation>В заголовке записи нет корректного времени «started».</translation>
    </message>
    <message>
        <source>Line %1 is not JSON: %2 at %3.</source>
        <translation>Строка %1 не является JSON: %2 (%3).</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Строка %1 не является объектом JSON.</translation>
    </message>
    <message>
        <source>Line %1 has no valid time “t” (whole milliseconds).</source>
        <translation>В строке %1 нет корректного времени «t» (целое число миллисекунд).</translation>
    </message>
    <message>
        <source>Line %1 has no valid direction “dir” (out or in).</source>
        <translation>В строке %1 нет корректного направления «dir» (out или in).</translation>
    </message>
    <message>
        <source>Line %1 has neither a “frame” object nor a “text”.</source>
        <translation>В строке %1 нет ни объекта «frame», ни «text».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The recording is larger than %1 MiB.</source>
        <translation>Запись больше %1 МиБ.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB.</source>
        <translation>Строка %1 длиннее %2 МиБ.</translation>
    </message>
    <message>
        <source>The recording is empty: it has no “roomdeck-recording” header.</source>
        <translation>Запись пуста: в ней нет заголовка «roomdeck-recording».</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Запись: %1</translation>
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Повреждённое изображение</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>The room&apos;s camera is off</source>
        <translation>Камера комнаты выключена</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The room has not reported its HTTP server port</source>
        <translation>Комната не сообщила порт своего HTTP-сервера</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent a picture larger than %2</source>
        <translation>HTTP-сервер комнаты по адресу %1 прислал изображение больше %2</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the picture (HTTP 401) twice, the second time with a fresh token</source>
        <translation>HTTP-сервер комнаты по адресу %1 дважды отказал в выдаче изображения (HTTP 401), во второй раз — с новым токеном</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent no picture within %2 s</source>
        <translation>HTTP-сервер комнаты по адресу %1 не прислал изображение за %2 с</translation>
    </message>
    <message>
        <source>Cannot reach the room&apos;s HTTP server at %1: %2</source>
        <translation>HTTP-сервер комнаты по адресу %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The room has no picture for “%1”</source>
        <translation>У комнаты нет изображения для «%1»</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 answered HTTP %2</source>
        <translation>HTTP-сервер комнаты по адресу %1 ответил HTTP %2</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent %2 that are not a JPEG picture</source>
        <translation>HTTP-сервер комнаты по адресу %1 прислал %2 данных, которые не являются изображением JPEG</translation>
    </message>
</context>
<context>
    <name>HistorySettingsDialog</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>RoomDeck keeps every room&apos;s event log, commands and calls on this computer. Older entries go first when a limit is reached.</source>
        <translation>RoomDeck хранит на этом компьютере журнал событий, команды и звонки каждой комнаты. При достижении предела первыми удаляются самые старые записи.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Всегда</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep entries for</source>
        <translation>Хранить записи</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Largest size of the history file</source>
        <translation>Наибольший размер файла истории</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>&amp;Хранить записи:</translation>
    </message>
    <message>
        <source>&amp;Largest file size:</source>
        <translation>&amp;Наибольший размер файла:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Size now:</source>
        <translation>Размер сейчас:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>None: RoomDeck was started without a history.</source>
        <translation>Нет: RoomDeck запущен без истории.</translation>
    </message>
    <message>
        <source>Written as entries come</source>
        <translation>Записывается по мере поступления записей</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>There is no history yet: %1 does not exist</source>
        <translation>Истории пока нет: %1 не существует</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation>Не удаётся прочитать файл истории %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 was made by a newer RoomDeck</source>
        <translation>Файл истории %1 создан более новой версией RoomDeck</translation>
    </message>
    <message>
        <source>The history file %1 is not readable by this RoomDeck</source>
        <translation>Этот RoomDeck не может прочитать файл истории %1</translation>
    </message>
    <message>
        <source>The export file is not open for writing</source>
        <translation>Файл экспорта не открыт для записи</translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation>История недоступна</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>History paused: another program has locked the history file %1</source>
        <translation>История приостановлена: другая программа заблокировала файл истории %1</translation>
    </message>
    <message>
        <source>History paused: the disk (or the history&apos;s size limit) is full: %1</source>
        <translation>История приостановлена: диск (или предел размера истории) заполнен: %1</translation>
    </message>
    <message>
        <source>History paused: the history file %1 is damaged</source>
        <translation>История приостановлена: файл истории %1 повреждён</translation>
    </message>
    <message>
        <source>History paused: cannot write the history file %1</source>
        <translation>История приостановлена: не удаётся записать файл истории %1</translation>
    </message>
    <message>
        <source>History paused: the history file %1 was made by a newer RoomDeck</source>
        <translation>История приостановлена: файл истории %1 создан более новой версией RoomDeck</translation>
    </message>
    <message>
        <source>History paused: %1 (%2)</source>
        <translation>История приостановлена: %1 (%2)</translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved aside to %1 and a new one started</source>
        <translation>Файл истории был повреждён: он перемещён в %1, начат новый</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Running now, until %1</source>
        <translation>Идёт сейчас, до %1</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Идёт сейчас</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>a meeting&apos;s owner</comment>
        <translation>организатор: %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <source>Missed (new)</source>
        <translation>Пропущенный (новый)</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>call back a recent call</comment>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>The room&apos;s scheduled meetings. Join, double-click or Enter joins a meeting.</source>
        <translation>Запланированные встречи комнаты. «Присоединиться», двойной щелчок или Enter — подключение к встрече.</translation>
    </message>
    <message>
        <source>Recents</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Mark All Seen</source>
        <translation>Отметить все как просмотренные</translation>
    </message>
    <message>
        <source>Mark all seen: the missed calls are marked seen on the room</source>
        <translation>Отметить все как просмотренные: пропущенные вызовы отмечаются в комнате как просмотренные</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Очистить историю…</translation>
    </message>
    <message>
        <source>Clear history: delete the room&apos;s call history for every operator (administrators only)</source>
        <translation>Очистить историю: удалить историю вызовов комнаты для всех операторов (только для администраторов)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Недавние вызовы</translation>
    </message>
    <message>
        <source>The room&apos;s recent calls. Call, double-click or Enter calls back.</source>
        <translation>Недавние вызовы комнаты. «Позвонить», двойной щелчок или Enter — перезвонить.</translation>
    </message>
    <message>
        <source>Clear Call History</source>
        <translation>Очистить историю вызовов</translation>
    </message>
    <message>
        <source>Delete the room&apos;s call history? Every operator of this room loses it; this cannot be undone.</source>
        <translation>Удалить историю вызовов комнаты? Её потеряют все операторы этой комнаты; это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The room&apos;s meetings appear here once it is connected.</source>
        <translation>Встречи комнаты появятся здесь после подключения к комнате.</translation>
    </message>
    <message>
        <source>Reading the room&apos;s meetings…</source>
        <translation>Чтение списка встреч комнаты…</translation>
    </message>
    <message>
        <source>No meetings scheduled for this room. Meetings scheduled for it on the TrueConf Server appear here, with a button to join them.</source>
        <translation>Для этой комнаты нет запланированных встреч. Встречи, запланированные для неё на TrueConf Server, появятся здесь вместе с кнопкой для подключения.</translation>
    </message>
    <message>
        <source>The room&apos;s recent calls appear here once it is connected.</source>
        <translation>Недавние вызовы комнаты появятся здесь после подключения к комнате.</translation>
    </message>
    <message>
        <source>Reading the room&apos;s recent calls…</source>
        <translation>Чтение недавних вызовов комнаты…</translation>
    </message>
    <message>
        <source>No recent calls. Calls the room makes, answers or misses appear here, ready to call back.</source>
        <translation>Недавних вызовов нет. Здесь появятся вызовы, которые комната совершает, принимает или пропускает, — отсюда можно сразу перезвонить.</translation>
    </message>
    <message numerus="yes">
        <source>Recents (%n missed)</source>
        <translation>
            <numerusform>Недавние (%n пропущенный)</numerusform>
            <numerusform>Недавние (%n пропущенных)</numerusform>
            <numerusform>Недавние (%n пропущенных)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTokenKeeper</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The room sent no token for its HTTP server</source>
        <translation>Комната не прислала токен для своего HTTP-сервера</translation>
    </message>
    <message>
        <source>The room refused a token for its HTTP server: %1</source>
        <translation>Комната отказала в выдаче токена для своего HTTP-сервера: %1</translation>
    </message>
    <message>
        <source>The room did not send a token for its HTTP server: %1</source>
        <translation>Комната не прислала токен для своего HTTP-сервера: %1</translation>
    </message>
</context>
<context>
    <name>ImageChecker</name>
    <message>
        <source>cannot check the image: %1</source>
        <translation>не удаётся проверить изображение: %1</translation>
    </message>
    <message>
        <source>cannot check the image: the image check %1 is not installed</source>
        <translation>не удаётся проверить изображение: модуль проверки %1 не установлен</translation>
    </message>
</context>
<context>
    <name>ImageFileCheck</name>
    <message>
        <source>%1, %2 × %3 px, %4</source>
        <translation>%1, %2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than the upload limit of %2</source>
        <translation>«%1» больше допустимого для загрузки размера (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an image RoomDeck can read. Choose a PNG or JPEG file.</source>
        <translation>«%1» не является изображением, которое может прочитать RoomDeck. Выберите файл PNG или JPEG.</translation>
    </message>
    <message>
        <source>“%1” is a %2 image; rooms reliably show PNG and JPEG only. Convert it to PNG first.</source>
        <translation>«%1» — изображение в формате %2; комнаты надёжно показывают только PNG и JPEG. Сначала преобразуйте его в PNG.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 px; images larger than %4 px on a side are refused.</source>
        <translation>Размер «%1» — %2 × %3 px; изображения со стороной больше %4 px не принимаются.</translation>
    </message>
    <message>
        <source>“%1” looks like a %2 file but is damaged: %3</source>
        <translation>«%1» похож на файл %2, но повреждён: %3</translation>
    </message>
</context>
<context>
    <name>InCallStrip</name>
    <message>
        <source>Mic</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Room volume</source>
        <translation>Громкость комнаты</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker volume</source>
        <translation>Громкость динамика комнаты</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Устройства…</translation>
    </message>
    <message>
        <source>Room devices</source>
        <translation>Устройства комнаты</translation>
    </message>
    <message>
        <source>Choose the room&apos;s camera, microphone and speaker, and its video and audio options</source>
        <translation>Выбор камеры, микрофона и динамика комнаты, а также её параметров видео и звука</translation>
    </message>
    <message>
        <source>Toggle Microphone</source>
        <translation>Включить/выключить микрофон</translation>
    </message>
    <message>
        <source>Toggle Camera</source>
        <translation>Включить/выключить камеру</translation>
    </message>
    <message>
        <source>%1: not known</source>
        <translation>%1: неизвестно</translation>
    </message>
    <message>
        <source>%1: muted</source>
        <translation>%1: выкл.</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: вкл.</translation>
    </message>
    <message>
        <source>turn the room&apos;s %1 on</source>
        <translation>включить в комнате: %1</translation>
    </message>
    <message>
        <source>mute the room&apos;s %1</source>
        <translation>выключить в комнате: %1</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Громкость %1%</translation>
    </message>
    <message>
        <source>Volume —</source>
        <translation>Громкость —</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker volume: not known</source>
        <translation>Громкость динамика комнаты: неизвестно</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Filter: text, method:NAME or id:REQUEST-ID</source>
        <translation>Фильтр: текст, method:NAME или id:REQUEST-ID</translation>
    </message>
    <message>
        <source>Filter the frames</source>
        <translation>Фильтр кадров</translation>
    </message>
    <message>
        <source>Kind of frame</source>
        <translation>Тип кадра</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Не JSON</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop keeping new frames (they are counted as missed)</source>
        <translation>Перестать сохранять новые кадры (они будут учтены как пропущенные)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Forget every frame kept so far</source>
        <translation>Удалить все сохранённые до сих пор кадры</translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation>Сохранить запись…</translation>
    </message>
    <message>
        <source>Save the frames on show as a recording (JSON lines, secrets masked)</source>
        <translation>Сохранить показанные кадры как запись (строки JSON, секреты скрыты)</translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation>Открыть запись…</translation>
    </message>
    <message>
        <source>Show a recording&apos;s frames instead of the live ones</source>
        <translation>Показать кадры из записи вместо кадров в реальном времени</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>К реальному времени</translation>
    </message>
    <message>
        <source>Show this room&apos;s live frames again</source>
        <translation>Снова показывать кадры этой комнаты в реальном времени</translation>
    </message>
    <message>
        <source>Open in Window</source>
        <translation>Открыть в окне</translation>
    </message>
    <message>
        <source>Show this room&apos;s inspector in a window of its own</source>
        <translation>Показать инспектор этой комнаты в отдельном окне</translation>
    </message>
    <message>
        <source>The inspector keeps at most this much; the oldest frames go first</source>
        <translation>Инспектор хранит не больше этого объёма; первыми удаляются самые старые кадры</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>The selected frame (secrets masked)</source>
        <translation>Выбранный кадр (секреты скрыты)</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>Выберите кадр, чтобы увидеть его целиком</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Копировать как JSON</translation>
    </message>
    <message>
        <source>Copy the selected frame as indented JSON (secrets stay ***)</source>
        <translation>Скопировать выбранный кадр как JSON с отступами (секреты остаются ***)</translation>
    </message>
    <message>
        <source>Copy as Command</source>
        <translation>Копировать как команду</translation>
    </message>
    <message>
        <source>Copy the selected request as a roomdeckctl command line. Masked values stay ***: put the real ones in before running it.</source>
        <translation>Скопировать выбранный запрос как командную строку roomdeckctl. Скрытые значения остаются ***: перед запуском подставьте настоящие.</translation>
    </message>
    <message>
        <source>Edit and Resend</source>
        <translation>Изменить и отправить</translation>
    </message>
    <message>
        <source>Put the selected request into the editor below</source>
        <translation>Поместить выбранный запрос в редактор ниже</translation>
    </message>
    <message>
        <source>Request to send (JSON)</source>
        <translation>Запрос для отправки (JSON)</translation>
    </message>
    <message>
        <source>A request as a JSON object with a “method” and its parameters; select a request above and choose Edit and Resend to start from it</source>
        <translation>Запрос в виде объекта JSON с «method» и его параметрами; чтобы взять за основу готовый запрос, выберите его выше и нажмите «Изменить и отправить»</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the request to the room</source>
        <translation>Отправить запрос в комнату</translation>
    </message>
    <message>
        <source>The room&apos;s answer</source>
        <translation>Ответ комнаты</translation>
    </message>
    <message>
        <source>The room&apos;s answer appears here</source>
        <translation>Здесь появится ответ комнаты</translation>
    </message>
    <message>
        <source>Copy as roomdeckctl Command</source>
        <translation>Копировать как команду roomdeckctl</translation>
    </message>
    <message>
        <source>Go to Request or Reply</source>
        <translation>Перейти к запросу или ответу</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Sign in to the room to send requests.</source>
        <translation>Войдите в комнату, чтобы отправлять запросы.</translation>
    </message>
    <message>
        <source>Copied the frame as JSON (secrets stay ***).</source>
        <translation>Кадр скопирован как JSON (секреты остаются ***).</translation>
    </message>
    <message>
        <source>Copied the command. Masked values are ***: put the real ones in before running it.</source>
        <translation>Команда скопирована. Скрытые значения заменены на ***: перед запуском подставьте настоящие.</translation>
    </message>
    <message>
        <source>Copied the command. Masked values would show as ***.</source>
        <translation>Команда скопирована. Скрытые значения были бы показаны как ***.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Reply in %1 ms:</source>
        <translation>Ответ за %1 мс:</translation>
    </message>
    <message>
        <source>The room refused it: %1</source>
        <translation>Комната отклонила запрос: %1</translation>
    </message>
    <message>
        <source>No reply in time.</source>
        <translation>Ответ не пришёл вовремя.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Отключено: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inspector — %1</source>
        <translation>Инспектор — %1</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Открытие записи</translation>
    </message>
    <message>
        <source>RoomDeck recordings (*.jsonl);;All files (*)</source>
        <translation>Записи RoomDeck (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Showing a recording; Back to Live shows this room&apos;s frames again.</source>
        <translation>Показана запись; «К реальному времени» снова покажет кадры этой комнаты.</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Сохранение записи</translation>
    </message>
    <message>
        <source>RoomDeck recordings (*.jsonl)</source>
        <translation>Записи RoomDeck (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1 (secrets masked).</source>
        <translation>
            <numerusform>Сохранён %n кадр в %1 (секреты скрыты).</numerusform>
            <numerusform>Сохранено %n кадра в %1 (секреты скрыты).</numerusform>
            <numerusform>Сохранено %n кадров в %1 (секреты скрыты).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <source>Tariff restrictions</source>
        <translation>Ограничения тарифа</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What the room&apos;s server account allows</source>
        <translation>Что разрешает учётная запись комнаты на сервере</translation>
    </message>
    <message>
        <source>The update is downloaded; the room installs it</source>
        <translation>Обновление загружено; комната устанавливает его</translation>
    </message>
    <message>
        <source>Version %1 is downloaded; the room installs it</source>
        <translation>Версия %1 загружена; комната устанавливает её</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Licence type:</source>
        <translation>Тип лицензии:</translation>
    </message>
    <message>
        <source>Licence server:</source>
        <translation>Сервер лицензий:</translation>
    </message>
    <message>
        <source>PRO feature</source>
        <translation>Функция PRO</translation>
    </message>
    <message>
        <source>This room</source>
        <translation>Эта комната</translation>
    </message>
    <message>
        <source>PRO features of this room</source>
        <translation>Функции PRO этой комнаты</translation>
    </message>
    <message>
        <source>Which features of TrueConf Room PRO this room has</source>
        <translation>Какие функции TrueConf Room PRO есть у этой комнаты</translation>
    </message>
    <message>
        <source>Application update</source>
        <translation>Обновление приложения</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Ход обновления</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Ask the room whether an update is available</source>
        <translation>Запросить у комнаты, доступно ли обновление</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Download and install the update on the room</source>
        <translation>Загрузить и установить обновление в комнате</translation>
    </message>
    <message>
        <source>Cancel Update</source>
        <translation>Отменить обновление</translation>
    </message>
    <message>
        <source>Stop the running update</source>
        <translation>Остановить выполняемое обновление</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, действует до %2</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Version %1 is available</source>
        <translation>Доступна версия %1</translation>
    </message>
    <message>
        <source>Updating to version %1</source>
        <translation>Обновление до версии %1</translation>
    </message>
    <message>
        <source>The room runs version %1</source>
        <translation>В комнате установлена версия %1</translation>
    </message>
</context>
<context>
    <name>LicenceState</name>
    <message>
        <source>Server account tariff</source>
        <translation>Тариф учётной записи на сервере</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Видеозвонки</translation>
    </message>
    <message>
        <source>Create group conferences</source>
        <translation>Создание групповых конференций</translation>
    </message>
    <message>
        <source>Participants, all on screen (symmetric)</source>
        <translation>Участники в симметричной конференции (все на экране)</translation>
    </message>
    <message>
        <source>Participants, video lecture (asymmetric)</source>
        <translation>Участники в видеолекции (асимметричной)</translation>
    </message>
    <message>
        <source>Participants, role-based</source>
        <translation>Участники в ролевой конференции</translation>
    </message>
    <message>
        <source>Listeners, role-based</source>
        <translation>Слушатели в ролевой конференции</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation>Демонстрация экрана</translation>
    </message>
    <message>
        <source>Change the address book</source>
        <translation>Изменение адресной книги</translation>
    </message>
    <message>
        <source>Edit address book groups</source>
        <translation>Редактирование групп адресной книги</translation>
    </message>
    <message>
        <source>Dial numbers</source>
        <translation>Набор номеров</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <source>Custom logo</source>
        <translation>Собственный логотип</translation>
    </message>
    <message>
        <source>Custom background</source>
        <translation>Собственный фон</translation>
    </message>
    <message>
        <source>NDI output</source>
        <translation>Выход NDI</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>Needs a PRO licence</source>
        <translation>Нужна лицензия PRO</translation>
    </message>
    <message>
        <source>Not in this tariff</source>
        <translation>Нет в этом тарифе</translation>
    </message>
    <message>
        <source>No licence server in use</source>
        <translation>Сервер лицензий не используется</translation>
    </message>
    <message>
        <source>Connected to the licence server</source>
        <translation>Подключено к серверу лицензий</translation>
    </message>
    <message>
        <source>Licence server unreachable</source>
        <translation>Сервер лицензий недоступен</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Состояние %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Комната</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>По&amp;дключиться…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About RoomDeck</source>
        <translation>&amp;О программе RoomDeck</translation>
    </message>
    <message>
        <source>Demo: simulated room</source>
        <translation>Демо: имитация комнаты</translation>
    </message>
    <message>
        <source>RoomDeck started its built-in room simulator (--demo)</source>
        <translation>RoomDeck запустил встроенный имитатор комнаты (--demo)</translation>
    </message>
    <message>
        <source>RoomDeck</source>
        <translation>RoomDeck</translation>
    </message>
    <message>
        <source>%1 — RoomDeck</source>
        <translation>%1 — RoomDeck</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (демо)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>About RoomDeck</source>
        <translation>О программе RoomDeck</translation>
    </message>
    <message>
        <source>RoomDeck %1

An operator console for TrueConf Room meeting rooms.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>RoomDeck %1

Консоль оператора для переговорных комнат TrueConf Room.
Распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Вызов</translation>
    </message>
    <message>
        <source>Connect to a room (Ctrl+N)</source>
        <translation>Подключиться к комнате (Ctrl+N)</translation>
    </message>
    <message>
        <source>No keyring: PINs and passwords are asked each time</source>
        <translation>Нет связки ключей: PIN-коды и пароли запрашиваются каждый раз</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>RoomDeck uses %1 from its next start.</source>
        <translation>Новый язык (%1) будет применён при следующем запуске RoomDeck.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>системный язык</translation>
    </message>
    <message>
        <source>Restart RoomDeck now?</source>
        <translation>Перезапустить RoomDeck сейчас?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Connect to Every Room at &amp;Start</source>
        <translation>Подключаться ко всем комнатам при &amp;запуске</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n комната</numerusform>
            <numerusform>%n комнаты</numerusform>
            <numerusform>%n комнат</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>How long and how much of the rooms&apos; history this computer keeps</source>
        <translation>Как долго и сколько истории комнат хранит этот компьютер</translation>
    </message>
    <message>
        <source>History paused</source>
        <translation>История приостановлена</translation>
    </message>
</context>
<context>
    <name>MeetingSchedule</name>
    <message>
        <source>Time not given</source>
        <translation>Время не указано</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a meeting&apos;s start and end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Сегодня %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Завтра %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s date and time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Reading the meetings</source>
        <translation>Чтение списка встреч</translation>
    </message>
    <message>
        <source>Joining the meeting %1</source>
        <translation>Подключение к встрече %1</translation>
    </message>
    <message>
        <source>no meeting given</source>
        <translation>встреча не указана</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
</context>
<context>
    <name>NdiState</name>
    <message>
        <source>Enter a name for the NDI device</source>
        <translation>Введите имя устройства NDI</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters</source>
        <translation>Имя устройства длиннее %1 символов</translation>
    </message>
    <message>
        <source>The room already has an NDI device named %1</source>
        <translation>В комнате уже есть устройство NDI с именем %1</translation>
    </message>
    <message>
        <source>Turn NDI on first</source>
        <translation>Сначала включите NDI</translation>
    </message>
    <message>
        <source>The room has no NDI device named %1</source>
        <translation>В комнате нет устройства NDI с именем %1</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Rooms overview</source>
        <translation>Обзор комнат</translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation>Завершить вызов</translation>
    </message>
    <message>
        <source>Hang up in the selected rooms</source>
        <translation>Завершить вызовы в выбранных комнатах</translation>
    </message>
    <message>
        <source>End the call in every selected room that is in one</source>
        <translation>Завершить вызов в каждой выбранной комнате, где он идёт</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Нет вызова</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Входящий: %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Вызов абонента %1</translation>
    </message>
    <message>
        <source>Administrator or User</source>
        <translation>Администратор или Пользователь</translation>
    </message>
    <message numerus="yes">
        <source>End the call in %n room(s)?</source>
        <translation>
            <numerusform>Завершить вызов в %n комнате?</numerusform>
            <numerusform>Завершить вызовы в %n комнатах?</numerusform>
            <numerusform>Завершить вызовы в %n комнатах?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hanging up in %n room(s)…</source>
        <translation>
            <numerusform>Завершение вызова в %n комнате…</numerusform>
            <numerusform>Завершение вызовов в %n комнатах…</numerusform>
            <numerusform>Завершение вызовов в %n комнатах…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: выполнено</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: ошибка — %2</translation>
    </message>
    <message>
        <source>Events in every room</source>
        <translation>События во всех комнатах</translation>
    </message>
    <message>
        <source>Mute Microphones</source>
        <translation>Выключить микрофоны</translation>
    </message>
    <message>
        <source>Mute the microphone in the selected rooms</source>
        <translation>Выключить микрофон в выбранных комнатах</translation>
    </message>
    <message>
        <source>Mute the microphone of every selected room that is signed in</source>
        <translation>Выключить микрофон в каждой выбранной комнате, в которую выполнен вход</translation>
    </message>
    <message numerus="yes">
        <source>Muting the microphone in %n room(s)…</source>
        <translation>
            <numerusform>Выключение микрофона в %n комнате…</numerusform>
            <numerusform>Выключение микрофонов в %n комнатах…</numerusform>
            <numerusform>Выключение микрофонов в %n комнатах…</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Profile…</source>
        <translation>Применить профиль…</translation>
    </message>
    <message>
        <source>Apply a settings profile to the selected rooms</source>
        <translation>Применить профиль настроек к выбранным комнатам</translation>
    </message>
    <message>
        <source>Copy the settings of a room or a profile file to every selected room, after a preview of what changes</source>
        <translation>Скопировать настройки комнаты или файла профиля во все выбранные комнаты после предварительного просмотра изменений</translation>
    </message>
</context>
<context>
    <name>PageNavigator</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>The room&apos;s pages, grouped; the arrow keys move between them</source>
        <translation>Страницы комнаты по группам; клавиши со стрелками переключают их</translation>
    </message>
    <message>
        <source>Show page names</source>
        <translation>Показать названия страниц</translation>
    </message>
    <message>
        <source>Hide page names</source>
        <translation>Скрыть названия страниц</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Только значки</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Speaker off</source>
        <translation>Выключить динамик</translation>
    </message>
    <message>
        <source>Speaker on</source>
        <translation>Включить динамик</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Invite to the podium</source>
        <translation>Пригласить на трибуну</translation>
    </message>
    <message>
        <source>Take off the podium</source>
        <translation>Снять с трибуны</translation>
    </message>
    <message>
        <source>Take the podium</source>
        <translation>Выйти на трибуну</translation>
    </message>
    <message>
        <source>Leave the podium</source>
        <translation>Покинуть трибуну</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Впустить</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Зал ожидания</translation>
    </message>
    <message>
        <source>Participant&apos;s microphone</source>
        <translation>Микрофон участника</translation>
    </message>
    <message>
        <source>Participant&apos;s camera</source>
        <translation>Камера участника</translation>
    </message>
    <message>
        <source>Moderator role</source>
        <translation>Роль модератора</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Admit from the waiting room</source>
        <translation>Впустить из зала ожидания</translation>
    </message>
    <message>
        <source>Refuse from the waiting room</source>
        <translation>Не впускать из зала ожидания</translation>
    </message>
    <message>
        <source>Invite to the conference</source>
        <translation>Пригласить в конференцию</translation>
    </message>
    <message>
        <source>Microphone off</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Включить микрофон</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Включить камеру</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Turn the selected participant&apos;s loudspeaker off or on</source>
        <translation>Выключить или включить динамик выбранного участника</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Назначить модератором</translation>
    </message>
    <message>
        <source>Remove moderator</source>
        <translation>Снять роль модератора</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Трибуна</translation>
    </message>
    <message>
        <source>The podium of a role-based conference</source>
        <translation>Трибуна ролевой конференции</translation>
    </message>
    <message>
        <source>Why moderation is not available</source>
        <translation>Почему модерация недоступна</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Select a participant first</source>
        <translation>Сначала выберите участника</translation>
    </message>
    <message>
        <source>That is this room: use its own controls</source>
        <translation>Это сама комната: используйте её собственные элементы управления</translation>
    </message>
    <message>
        <source>%1 is still in the waiting room</source>
        <translation>%1 всё ещё в зале ожидания</translation>
    </message>
    <message>
        <source>%1 is not in the waiting room</source>
        <translation>%1 не в зале ожидания</translation>
    </message>
    <message>
        <source>%1 has no microphone</source>
        <translation>У участника %1 нет микрофона</translation>
    </message>
    <message>
        <source>Turn off the microphone of %1</source>
        <translation>Выключить микрофон участника %1</translation>
    </message>
    <message>
        <source>Turn on the microphone of %1</source>
        <translation>Включить микрофон участника %1</translation>
    </message>
    <message>
        <source>%1 has no camera</source>
        <translation>У участника %1 нет камеры</translation>
    </message>
    <message>
        <source>Turn off the camera of %1</source>
        <translation>Выключить камеру участника %1</translation>
    </message>
    <message>
        <source>Turn on the camera of %1</source>
        <translation>Включить камеру участника %1</translation>
    </message>
    <message>
        <source>Turn off the loudspeaker of %1</source>
        <translation>Выключить динамик участника %1</translation>
    </message>
    <message>
        <source>Turn on the loudspeaker of %1</source>
        <translation>Включить динамик участника %1</translation>
    </message>
    <message>
        <source>Take the moderator role from %1</source>
        <translation>Снять роль модератора с участника %1</translation>
    </message>
    <message>
        <source>Let %1 moderate the conference</source>
        <translation>Разрешить участнику %1 модерировать конференцию</translation>
    </message>
    <message>
        <source>Remove %1 from the conference (Delete)</source>
        <translation>Удалить участника %1 из конференции (Delete)</translation>
    </message>
    <message>
        <source>Invite %1 to the podium</source>
        <translation>Пригласить участника %1 на трибуну</translation>
    </message>
    <message>
        <source>Take %1 off the podium</source>
        <translation>Снять участника %1 с трибуны</translation>
    </message>
    <message>
        <source>The room takes the podium</source>
        <translation>Комната выходит на трибуну</translation>
    </message>
    <message>
        <source>The room leaves the podium</source>
        <translation>Комната покидает трибуну</translation>
    </message>
    <message>
        <source>Let %1 in from the waiting room</source>
        <translation>Впустить участника %1 из зала ожидания</translation>
    </message>
    <message>
        <source>Turn %1 away</source>
        <translation>Отказать участнику %1 во входе</translation>
    </message>
    <message>
        <source>Invite somebody from the address book to the conference</source>
        <translation>Пригласить в конференцию кого-либо из адресной книги</translation>
    </message>
    <message>
        <source>This conference cannot switch a waiting room</source>
        <translation>В этой конференции нельзя включить или выключить зал ожидания</translation>
    </message>
    <message>
        <source>Newcomers wait until admitted; click to let them in directly</source>
        <translation>Новые участники ждут, пока их впустят; нажмите, чтобы впускать их сразу</translation>
    </message>
    <message>
        <source>Let newcomers wait until admitted</source>
        <translation>Новые участники будут ждать, пока их впустят</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Remove %1 from the conference?</source>
        <translation>Удалить участника %1 из конференции?</translation>
    </message>
    <message>
        <source>Invite to the Conference</source>
        <translation>Пригласить в конференцию</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1
Microphone: %2
Camera: %3</source>
        <translation>%1
Микрофон: %2
Камера: %3</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>%1 (this room)</source>
        <translation>%1 (эта комната)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Камера: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Микрофон: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>In the waiting room</source>
        <translation>В зале ожидания</translation>
    </message>
    <message>
        <source>%1, moderator</source>
        <translation>%1, модератор</translation>
    </message>
    <message>
        <source>%1, records the room</source>
        <translation>%1, ведёт запись комнаты</translation>
    </message>
</context>
<context>
    <name>PeerDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PeerListModel</name>
    <message>
        <source>Could not load the address book: %1</source>
        <translation>Не удалось загрузить адресную книгу: %1</translation>
    </message>
    <message>
        <source>the room sent it in a form RoomDeck cannot read</source>
        <translation>комната прислала её в виде, который RoomDeck не может прочитать</translation>
    </message>
</context>
<context>
    <name>PeerText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PowerPanel</name>
    <message>
        <source>Room computer</source>
        <translation>Компьютер комнаты</translation>
    </message>
    <message>
        <source>Restart Computer</source>
        <translation>Перезагрузить компьютер</translation>
    </message>
    <message>
        <source>Restarts the room&apos;s PC. RoomDeck shows that the room is restarting and reconnects by itself when it is back, even on another port.</source>
        <translation>Перезагружает компьютер комнаты. RoomDeck покажет, что комната перезагружается, и сам переподключится, когда она снова станет доступна, даже на другом порту.</translation>
    </message>
    <message>
        <source>Shut Down Computer</source>
        <translation>Выключить компьютер</translation>
    </message>
    <message>
        <source>Turns the room&apos;s PC off. Someone at the room has to switch it on again.</source>
        <translation>Выключает компьютер комнаты. Снова включить его можно будет только на месте.</translation>
    </message>
    <message>
        <source>Room application</source>
        <translation>Приложение комнаты</translation>
    </message>
    <message>
        <source>Quit Room App</source>
        <translation>Закрыть приложение комнаты</translation>
    </message>
    <message>
        <source>&amp;Quit Room App…</source>
        <translation>&amp;Закрыть приложение комнаты…</translation>
    </message>
    <message>
        <source>Closes TrueConf Room on the room&apos;s PC; the PC stays on. The app has to be started again there before RoomDeck can connect.</source>
        <translation>Закрывает TrueConf Room на компьютере комнаты; компьютер остаётся включённым. Прежде чем RoomDeck сможет подключиться, приложение нужно снова запустить на этом компьютере.</translation>
    </message>
    <message>
        <source>Restart Room Computer</source>
        <translation>Перезагрузка компьютера комнаты</translation>
    </message>
    <message>
        <source>Restart the room&apos;s computer? The room is unavailable until it has started again.</source>
        <translation>Перезагрузить компьютер комнаты? Комната будет недоступна, пока он снова не запустится.</translation>
    </message>
    <message>
        <source>Restart Anyway</source>
        <translation>Всё равно перезагрузить</translation>
    </message>
    <message>
        <source>End Conference for All, Then Restart</source>
        <translation>Завершить конференцию для всех и перезагрузить</translation>
    </message>
    <message>
        <source>Asking the room to restart its computer…</source>
        <translation>Запрос на перезагрузку компьютера комнаты…</translation>
    </message>
    <message>
        <source>The room computer is restarting; RoomDeck reconnects when it is back.</source>
        <translation>Компьютер комнаты перезагружается; RoomDeck переподключится, когда он снова будет доступен.</translation>
    </message>
    <message>
        <source>Shut Down Room Computer</source>
        <translation>Выключение компьютера комнаты</translation>
    </message>
    <message>
        <source>Shut the room&apos;s computer down? Someone at the room has to switch it on again.</source>
        <translation>Выключить компьютер комнаты? Снова включить его можно будет только на месте.</translation>
    </message>
    <message>
        <source>Shut Down Anyway</source>
        <translation>Всё равно выключить</translation>
    </message>
    <message>
        <source>End Conference for All, Then Shut Down</source>
        <translation>Завершить конференцию для всех и выключить</translation>
    </message>
    <message>
        <source>Asking the room to shut its computer down…</source>
        <translation>Запрос на выключение компьютера комнаты…</translation>
    </message>
    <message>
        <source>The room computer is shutting down.</source>
        <translation>Компьютер комнаты выключается.</translation>
    </message>
    <message>
        <source>Quit Room Application</source>
        <translation>Закрытие приложения комнаты</translation>
    </message>
    <message>
        <source>Quit TrueConf Room on the room&apos;s computer? It has to be started again there before anyone can connect.</source>
        <translation>Закрыть TrueConf Room на компьютере комнаты? Прежде чем кто-либо сможет подключиться, приложение нужно снова запустить на этом компьютере.</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Всё равно закрыть</translation>
    </message>
    <message>
        <source>End Conference for All, Then Quit</source>
        <translation>Завершить конференцию для всех и закрыть</translation>
    </message>
    <message>
        <source>Asking the room application to quit…</source>
        <translation>Запрос на закрытие приложения комнаты…</translation>
    </message>
    <message>
        <source>The room application is quitting.</source>
        <translation>Приложение комнаты закрывается.</translation>
    </message>
    <message>
        <source>A conference is in progress on the room.</source>
        <translation>В комнате идёт конференция.</translation>
    </message>
    <message>
        <source>The room is in a call right now.</source>
        <translation>Комната сейчас участвует в вызове.</translation>
    </message>
    <message>
        <source>The room leaves the call; the others stay in it.</source>
        <translation>Комната покинет вызов; остальные участники останутся в нём.</translation>
    </message>
    <message>
        <source>The room did not do it: %1</source>
        <translation>Комната не выполнила команду: %1</translation>
    </message>
    <message>
        <source>The conference could not be ended, so nothing else was sent: %1</source>
        <translation>Не удалось завершить конференцию, поэтому больше ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Res&amp;tart Computer…</source>
        <translation>&amp;Перезагрузить компьютер…</translation>
    </message>
    <message>
        <source>Shut Do&amp;wn Computer…</source>
        <translation>Выклю&amp;чить компьютер…</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Питание</translation>
    </message>
</context>
<context>
    <name>PresetThumbnails</name>
    <message>
        <source>the picture is not a JPEG</source>
        <translation>изображение не в формате JPEG</translation>
    </message>
    <message>
        <source>the picture is too large</source>
        <translation>изображение слишком большое</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileApply</name>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Only an administrator may change %1</source>
        <translation>Изменять %1 может только администратор</translation>
    </message>
    <message>
        <source>The room was removed before it answered</source>
        <translation>Комната удалена до того, как ответила</translation>
    </message>
    <message>
        <source>The room disconnected before it answered</source>
        <translation>Комната отключилась, не успев ответить</translation>
    </message>
    <message>
        <source>Applying a settings profile</source>
        <translation>Применение профиля настроек</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применено</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>нечего изменять</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключена</translation>
    </message>
    <message>
        <source>not permitted at this level</source>
        <translation>недоступно на этом уровне доступа</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>отключилась</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message numerus="yes">
        <source>applied %n change(s)</source>
        <translation>
            <numerusform>применено %n изменение</numerusform>
            <numerusform>применено %n изменения</numerusform>
            <numerusform>применено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not permitted at this level</source>
        <translation>
            <numerusform>%n параметр недоступен на этом уровне доступа</numerusform>
            <numerusform>%n параметра недоступны на этом уровне доступа</numerusform>
            <numerusform>%n параметров недоступны на этом уровне доступа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileApplyDialog</name>
    <message>
        <source>Apply Profile</source>
        <translation>Применение профиля</translation>
    </message>
    <message>
        <source>Settings to apply</source>
        <translation>Применяемые настройки</translation>
    </message>
    <message>
        <source>&amp;Settings from:</source>
        <translation>Источник &amp;настроек:</translation>
    </message>
    <message>
        <source>What changes in each room</source>
        <translation>Что изменится в каждой комнате</translation>
    </message>
    <message>
        <source>Room / setting</source>
        <translation>Комната / параметр</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Change in each room the settings listed under it</source>
        <translation>Изменить в каждой комнате перечисленные под ней параметры</translation>
    </message>
    <message>
        <source>(removed room)</source>
        <translation>(комната удалена)</translation>
    </message>
    <message>
        <source>the source itself: nothing to change</source>
        <translation>это сам источник: нечего изменять</translation>
    </message>
    <message>
        <source>not connected: will be skipped</source>
        <translation>не подключена: будет пропущена</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>нечего изменять</translation>
    </message>
    <message>
        <source>not permitted at this level</source>
        <translation>недоступно на этом уровне доступа</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>kept per room: %1</source>
        <translation>свои для каждой комнаты: %1</translation>
    </message>
    <message>
        <source>The source&apos;s settings are not known yet.</source>
        <translation>Настройки источника пока неизвестны.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s) in total</source>
        <translation>
            <numerusform>Всего %n изменение параметров</numerusform>
            <numerusform>Всего %n изменения параметров</numerusform>
            <numerusform>Всего %n изменений параметров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to change</source>
        <translation>
            <numerusform>Комнат к изменению: %n</numerusform>
            <numerusform>Комнат к изменению: %n</numerusform>
            <numerusform>Комнат к изменению: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n room(s)…</source>
        <translation>
            <numerusform>Применение к %n комнате…</numerusform>
            <numerusform>Применение к %n комнатам…</numerusform>
            <numerusform>Применение к %n комнатам…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %2 room(s) have the profile&apos;s settings.</source>
        <translation>
            <numerusform>Готово: настройки профиля действуют в %1 из %2 комнаты.</numerusform>
            <numerusform>Готово: настройки профиля действуют в %1 из %2 комнат.</numerusform>
            <numerusform>Готово: настройки профиля действуют в %1 из %2 комнат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>Images are not part of a profile</source>
        <translation>Изображения не входят в профиль</translation>
    </message>
    <message>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>different</source>
        <translation>различается</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>только слева</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>только справа</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>не применено: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSourceBox</name>
    <message>
        <source>Where the settings come from: an open room or a profile file</source>
        <translation>Откуда берутся настройки: из открытой комнаты или из файла профиля</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Open a profile file…</source>
        <translation>Открыть файл профиля…</translation>
    </message>
    <message>
        <source>Open a Settings Profile</source>
        <translation>Открытие профиля настроек</translation>
    </message>
    <message>
        <source>RoomDeck profiles (*.json);;All files (*)</source>
        <translation>Профили RoomDeck (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Save Profile…</source>
        <translation>Сохранить профиль…</translation>
    </message>
    <message>
        <source>Save this room&apos;s settings and branding state to a file</source>
        <translation>Сохранить настройки и состояние оформления этой комнаты в файл</translation>
    </message>
    <message>
        <source>Save this room&apos;s settings profile</source>
        <translation>Сохранить профиль настроек этой комнаты</translation>
    </message>
    <message>
        <source>Left side of the comparison</source>
        <translation>Левая сторона сравнения</translation>
    </message>
    <message>
        <source>Right side of the comparison</source>
        <translation>Правая сторона сравнения</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>С&amp;лева:</translation>
    </message>
    <message>
        <source>Ri&amp;ght:</source>
        <translation>Сп&amp;рава:</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Только различия</translation>
    </message>
    <message>
        <source>Hide the settings both sides have alike</source>
        <translation>Скрыть параметры, одинаковые с обеих сторон</translation>
    </message>
    <message>
        <source>Show only the settings that differ</source>
        <translation>Показывать только различающиеся параметры</translation>
    </message>
    <message>
        <source>Settings side by side</source>
        <translation>Сравнение настроек</translation>
    </message>
    <message>
        <source>Apply Left &amp;to Right…</source>
        <translation>Перенести слева на&amp;право…</translation>
    </message>
    <message>
        <source>Change the right room&apos;s settings to the left side&apos;s values (only those that differ; settings kept per room are left alone)</source>
        <translation>Изменить настройки правой комнаты на значения левой стороны (только различающиеся; параметры, которые не переносятся между комнатами, не затрагиваются)</translation>
    </message>
    <message>
        <source>Apply the left side&apos;s settings to the right room</source>
        <translation>Применить настройки левой стороны к правой комнате</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>%1 (kept per room)</source>
        <translation>%1 (не переносится между комнатами)</translation>
    </message>
    <message>
        <source>Never applied: %1</source>
        <translation>Никогда не применяются: %1</translation>
    </message>
    <message>
        <source>Waiting for the room&apos;s settings…</source>
        <translation>Ожидание настроек комнаты…</translation>
    </message>
    <message>
        <source>Both sides have the same settings.</source>
        <translation>Настройки с обеих сторон одинаковы.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n различие</numerusform>
            <numerusform>%n различия</numerusform>
            <numerusform>%n различий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept per room</source>
        <translation>
            <numerusform>%n параметр не переносится</numerusform>
            <numerusform>%n параметра не переносятся</numerusform>
            <numerusform>%n параметров не переносятся</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Settings Profile</source>
        <translation>Сохранение профиля настроек</translation>
    </message>
    <message>
        <source>RoomDeck profiles (*.json)</source>
        <translation>Профили RoomDeck (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1</source>
        <translation>
            <numerusform>Сохранён %n параметр в %1</numerusform>
            <numerusform>Сохранено %n параметра в %1</numerusform>
            <numerusform>Сохранено %n параметров в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n setting(s) in the right room?</source>
        <translation>
            <numerusform>Изменить %n параметр в правой комнате?</numerusform>
            <numerusform>Изменить %n параметра в правой комнате?</numerusform>
            <numerusform>Изменить %n параметров в правой комнате?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Profile</source>
        <translation>Применение профиля</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Применение к %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RawRequest</name>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>массивом строк</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>любым значением</translation>
    </message>
    <message>
        <source>Only an administrator may clear the room&apos;s call history</source>
        <translation>Очистить историю вызовов комнаты может только администратор</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>Type a request: a JSON object with a “method”.</source>
        <translation>Введите запрос: объект JSON с «method».</translation>
    </message>
    <message>
        <source>Not JSON: %1 at line %2, column %3</source>
        <translation>Не JSON: %1 (строка %2, столбец %3)</translation>
    </message>
    <message>
        <source>The request must be a JSON object, such as {&quot;method&quot;: …}.</source>
        <translation>Запрос должен быть объектом JSON, например {&quot;method&quot;: …}.</translation>
    </message>
    <message>
        <source>The request needs a “method” string.</source>
        <translation>В запросе нужна строка «method».</translation>
    </message>
    <message>
        <source>“%1” is managed by RoomDeck&apos;s sign-in; use Connect or Sign in instead</source>
        <translation>«%1» управляется механизмом входа RoomDeck; используйте «Подключиться» или «Войти»</translation>
    </message>
    <message>
        <source>“%1” is not a method of the room API.</source>
        <translation>«%1» — не метод API комнаты.</translation>
    </message>
    <message>
        <source>“%1” takes no parameters; remove “%2”.</source>
        <translation>«%1» не принимает параметров; удалите «%2».</translation>
    </message>
    <message>
        <source>“%1” has no parameter “%2” (it takes: %3).</source>
        <translation>У «%1» нет параметра «%2» (допустимые параметры: %3).</translation>
    </message>
    <message>
        <source>“%1” is masked (***): type the real value.</source>
        <translation>Параметр «%1» скрыт (***): введите настоящее значение.</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>Параметр «%1» должен быть %2.</translation>
    </message>
    <message>
        <source>“%1” needs Administrator access; this console is signed in as User</source>
        <translation>«%1» требует доступа Администратора; эта консоль вошла как Пользователь</translation>
    </message>
    <message>
        <source>Ready to send “%1”.</source>
        <translation>Готово к отправке: «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Ready to send “%1” with %n parameter(s).</source>
        <translation>
            <numerusform>Готово к отправке: «%1» с %n параметром.</numerusform>
            <numerusform>Готово к отправке: «%1» с %n параметрами.</numerusform>
            <numerusform>Готово к отправке: «%1» с %n параметрами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>This connection may not send requests of its own</source>
        <translation>Этому подключению нельзя отправлять собственные запросы</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>The room did not answer in time</source>
        <translation>Комната не ответила вовремя</translation>
    </message>
    <message>
        <source>Connection and sign-in</source>
        <translation>Подключение и вход</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Account login</source>
        <translation>Вход в учётную запись</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Audio delay</source>
        <translation>Задержка звука</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>The room is connecting to its server</source>
        <translation>Комната подключается к своему серверу</translation>
    </message>
    <message>
        <source>The room is not connected to a TrueConf server</source>
        <translation>Комната не подключена к серверу TrueConf</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Авторизована как %1</translation>
    </message>
    <message>
        <source>The room is not logged in</source>
        <translation>Комната не выполнила вход</translation>
    </message>
    <message>
        <source>Not logged in: no server connection</source>
        <translation>Вход не выполнен: нет подключения к серверу</translation>
    </message>
    <message>
        <source>Skipped: the room is in a call, and the test would disturb the meeting</source>
        <translation>Пропущено: комната в вызове, и проверка помешала бы встрече</translation>
    </message>
    <message>
        <source>Not permitted at this level</source>
        <translation>Не разрешено на этом уровне доступа</translation>
    </message>
    <message>
        <source>The room has no camera</source>
        <translation>У комнаты нет камеры</translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation>Камера не выбрана</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <source>Picture received (%1 KB)</source>
        <translation>Изображение получено (%1 КБ)</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Нет изображения: %1</translation>
    </message>
    <message>
        <source>Fetching a picture</source>
        <translation>Получение изображения</translation>
    </message>
    <message>
        <source>No microphone selected</source>
        <translation>Микрофон не выбран</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Прослушивание</translation>
    </message>
    <message>
        <source>The room refused the test: %1</source>
        <translation>Комната отклонила проверку: %1</translation>
    </message>
    <message>
        <source>The room reported no microphone level</source>
        <translation>Комната не сообщила уровень микрофона</translation>
    </message>
    <message>
        <source>No signal from the microphone (peak %1%)</source>
        <translation>Нет сигнала с микрофона (пик %1%)</translation>
    </message>
    <message>
        <source>Weak microphone signal (peak %1%)</source>
        <translation>Слабый сигнал микрофона (пик %1%)</translation>
    </message>
    <message>
        <source>The microphone works (peak %1%) but is muted</source>
        <translation>Микрофон работает (пик %1%), но выключен</translation>
    </message>
    <message>
        <source>Signal received (peak %1%)</source>
        <translation>Сигнал получен (пик %1%)</translation>
    </message>
    <message>
        <source>No speaker selected</source>
        <translation>Динамик не выбран</translation>
    </message>
    <message>
        <source>The speaker is muted</source>
        <translation>Динамик выключен</translation>
    </message>
    <message>
        <source>Playing a test sound</source>
        <translation>Воспроизведение тестового звука</translation>
    </message>
    <message>
        <source>Test sound played; listen in the room</source>
        <translation>Тестовый звук воспроизведён; прислушайтесь в комнате</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 ms: echo cancelling may struggle</source>
        <translation>%1 мс: эхоподавление может не справляться</translation>
    </message>
    <message>
        <source>%1 ms: too long for echo cancelling</source>
        <translation>%1 мс: слишком много для эхоподавления</translation>
    </message>
    <message>
        <source>The test was stopped on the room</source>
        <translation>Проверка была остановлена на стороне комнаты</translation>
    </message>
    <message>
        <source>Nothing measured: check that the speaker is loud enough for the microphone</source>
        <translation>Ничего не измерено: убедитесь, что динамик звучит достаточно громко для микрофона</translation>
    </message>
</context>
<context>
    <name>RequestBanner</name>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Accept the request</source>
        <translation>Принять запрос</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Отклонить запрос</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё +%n</numerusform>
            <numerusform>ещё +%n</numerusform>
            <numerusform>ещё +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Впустить</translation>
    </message>
    <message>
        <source>Let speak</source>
        <translation>Дать слово</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RequestOutcome</name>
    <message>
        <source>%1: done</source>
        <translation>%1: выполнено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>unknown (%1)</source>
        <translation>неизвестно (%1)</translation>
    </message>
    <message>
        <source>Declined by the participant</source>
        <translation>Отклонено участником</translation>
    </message>
    <message>
        <source>The participant limit is reached</source>
        <translation>Достигнут лимит участников</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>The conference does not exist</source>
        <translation>Конференция не существует</translation>
    </message>
    <message>
        <source>The user does not exist</source>
        <translation>Пользователь не существует</translation>
    </message>
    <message>
        <source>The call was not declined</source>
        <translation>Вызов не был отклонён</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Недостаточно средств</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выполнен выход</translation>
    </message>
    <message>
        <source>The action cannot be completed</source>
        <translation>Действие невозможно выполнить</translation>
    </message>
    <message>
        <source>Insufficient resources</source>
        <translation>Недостаточно ресурсов</translation>
    </message>
    <message>
        <source>A password is required</source>
        <translation>Требуется пароль</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <source>Not in the callee&apos;s friend list</source>
        <translation>Нет в списке друзей вызываемого абонента</translation>
    </message>
    <message>
        <source>The system rating is too low</source>
        <translation>Слишком низкий рейтинг системы</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>The conference has not started yet</source>
        <translation>Конференция ещё не началась</translation>
    </message>
    <message>
        <source>The conference has ended</source>
        <translation>Конференция завершилась</translation>
    </message>
    <message>
        <source>Conference not found</source>
        <translation>Конференция не найдена</translation>
    </message>
    <message>
        <source>The remote server is unreachable</source>
        <translation>Удалённый сервер недоступен</translation>
    </message>
    <message>
        <source>Federation is not allowed</source>
        <translation>Федерация не разрешена</translation>
    </message>
    <message>
        <source>Federation refused</source>
        <translation>В федерации отказано</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Требуется авторизация</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный режим</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>In a conference</source>
        <translation>В конференции</translation>
    </message>
    <message>
        <source>Ending the call</source>
        <translation>Завершение вызова</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>The room is idle and not connected to a TrueConf server.</source>
        <translation>Комната бездействует и не подключена к серверу TrueConf.</translation>
    </message>
    <message>
        <source>The room is connecting to its TrueConf server.</source>
        <translation>Комната подключается к своему серверу TrueConf.</translation>
    </message>
    <message>
        <source>The room is connected to its server; an account must log in.</source>
        <translation>Комната подключена к серверу; требуется авторизация учётной записи.</translation>
    </message>
    <message>
        <source>The room is logged in and ready to call.</source>
        <translation>Комната авторизована и готова к вызовам.</translation>
    </message>
    <message>
        <source>A call is ringing, in or out.</source>
        <translation>Идёт входящий или исходящий вызов.</translation>
    </message>
    <message>
        <source>The room is in a call or conference.</source>
        <translation>Комната участвует в вызове или конференции.</translation>
    </message>
    <message>
        <source>The call or conference is ending.</source>
        <translation>Вызов или конференция завершается.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Invalid user</source>
        <translation>Недопустимый пользователь</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>In own conference</source>
        <translation>В своей конференции</translation>
    </message>
    <message>
        <source>Offline, recently active</source>
        <translation>Не в сети, недавно был активен</translation>
    </message>
    <message>
        <source>Available on phone</source>
        <translation>Доступен (телефон)</translation>
    </message>
    <message>
        <source>Available on a terminal</source>
        <translation>Доступен (терминал)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Busy on phone</source>
        <translation>Занят (телефон)</translation>
    </message>
    <message>
        <source>Busy on a terminal</source>
        <translation>Занят (терминал)</translation>
    </message>
    <message>
        <source>In own conference (can ask to join)</source>
        <translation>В своей конференции (можно запросить участие)</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Авторизация выполнена</translation>
    </message>
    <message>
        <source>Already logged in</source>
        <translation>Авторизация уже выполнена</translation>
    </message>
    <message>
        <source>This login does not exist on the server</source>
        <translation>Такого логина нет на сервере</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <source>The server rejected the login</source>
        <translation>Сервер отклонил авторизацию</translation>
    </message>
    <message>
        <source>The server&apos;s limit of online users is reached</source>
        <translation>Достигнут лимит пользователей в сети на сервере</translation>
    </message>
    <message>
        <source>The account is not activated</source>
        <translation>Учётная запись не активирована</translation>
    </message>
    <message>
        <source>The server is busy; try again later</source>
        <translation>Сервер занят; повторите попытку позже</translation>
    </message>
    <message>
        <source>This account may not log in from this application type</source>
        <translation>Этой учётной записи запрещена авторизация из приложений такого типа</translation>
    </message>
    <message>
        <source>The account is waiting for e-mail confirmation</source>
        <translation>Учётная запись ожидает подтверждения по электронной почте</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>Учётная запись заблокирована</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address is blacklisted</source>
        <translation>Адрес электронной почты учётной записи внесён в чёрный список</translation>
    </message>
    <message>
        <source>The password has expired</source>
        <translation>Срок действия пароля истёк</translation>
    </message>
    <message>
        <source>Another controller signed in with the same role and took over</source>
        <translation>Другое управляющее приложение вошло с той же ролью и перехватило управление</translation>
    </message>
    <message>
        <source>User protection was reset because administrator mode became unsecured</source>
        <translation>Защита режима пользователя сброшена, так как режим администратора остался без защиты</translation>
    </message>
    <message>
        <source>The administrator credentials were changed</source>
        <translation>Учётные данные администратора изменены</translation>
    </message>
    <message>
        <source>The user credentials were changed by an administrator</source>
        <translation>Учётные данные пользователя изменены администратором</translation>
    </message>
    <message>
        <source>The user credentials were changed by a user</source>
        <translation>Учётные данные пользователя изменены пользователем</translation>
    </message>
    <message>
        <source>This role is not available under the room&apos;s licence</source>
        <translation>Эта роль недоступна по лицензии комнаты</translation>
    </message>
    <message>
        <source>The user PIN was regenerated after the conference</source>
        <translation>После конференции PIN-код пользователя создан заново</translation>
    </message>
    <message>
        <source>The sign-in token expired</source>
        <translation>Срок действия токена входа истёк</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Нет устройства</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Asked for the podium</source>
        <translation>Запрашивает трибуну</translation>
    </message>
    <message>
        <source>Invited to the podium</source>
        <translation>Приглашён на трибуну</translation>
    </message>
    <message>
        <source>Making an audio remark</source>
        <translation>Выступает с аудиорепликой</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <source>All on screen</source>
        <translation>Все на экране</translation>
    </message>
    <message>
        <source>Video lecture</source>
        <translation>Видеолекция</translation>
    </message>
    <message>
        <source>Role-based</source>
        <translation>Ролевая</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>The room asked for a new sign-in and gave no reason</source>
        <translation>Комната запросила повторный вход, не указав причину</translation>
    </message>
    <message>
        <source>The room asked for a new sign-in (reason code %1)</source>
        <translation>Комната запросила повторный вход (код причины %1)</translation>
    </message>
</context>
<context>
    <name>RoomAgent</name>
    <message>
        <source>%1 has a secret for &quot;%2&quot;, a room the rooms file does not list; it is not used</source>
        <translation>в %1 есть секрет для «%2» — комнаты, которой нет в файле комнат; он не используется</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удаётся слушать %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>RoomCalling</name>
    <message>
        <source>Create Co&amp;nference…</source>
        <translation>Создать конфе&amp;ренцию…</translation>
    </message>
    <message>
        <source>Start a group conference owned by the room and invite people to it</source>
        <translation>Создать групповую конференцию, владельцем которой будет комната, и пригласить в неё участников</translation>
    </message>
    <message>
        <source>Do Not Dis&amp;turb</source>
        <translation>Не &amp;беспокоить</translation>
    </message>
    <message>
        <source>Decline every incoming call to this room, on every console</source>
        <translation>Отклонять все входящие вызовы этой комнаты на всех консолях</translation>
    </message>
    <message>
        <source>Auto-Answer Li&amp;st…</source>
        <translation>&amp;Список автоответа…</translation>
    </message>
    <message>
        <source>The callers whose calls this room answers at once</source>
        <translation>Абоненты, вызовы которых эта комната принимает сразу</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Добавить в &amp;избранное</translation>
    </message>
    <message>
        <source>Add this contact to the room&apos;s favourites</source>
        <translation>Добавить этот контакт в избранное комнаты</translation>
    </message>
    <message>
        <source>Incoming calls to this room are declined (Call ▸ Do Not Disturb)</source>
        <translation>Входящие вызовы этой комнаты отклоняются (Вызов ▸ Не беспокоить)</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>Режим «Не беспокоить» включён</translation>
    </message>
    <message>
        <source>Creating the conference “%1”</source>
        <translation>Создание конференции «%1»</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Conference Password</source>
        <translation>Пароль конференции</translation>
    </message>
    <message>
        <source>The password for “%1” was wrong. Password:</source>
        <translation>Неверный пароль для «%1». Пароль:</translation>
    </message>
    <message>
        <source>The conference “%1” is protected by a password. Password:</source>
        <translation>Конференция «%1» защищена паролем. Пароль:</translation>
    </message>
</context>
<context>
    <name>RoomConsole</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>The console and, for administrators, the room&apos;s settings pages</source>
        <translation>Консоль и, для администраторов, страницы настроек комнаты</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <source>Close the connection to the room</source>
        <translation>Закрыть подключение к комнате</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Повторить &amp;сейчас</translation>
    </message>
    <message>
        <source>Reconnect at once instead of waiting (Ctrl+R)</source>
        <translation>Переподключиться сразу, не дожидаясь (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign in as &amp;Administrator…</source>
        <translation>Войти как &amp;Администратор…</translation>
    </message>
    <message>
        <source>Sign in again as Administrator with the administrator password</source>
        <translation>Войти заново как Администратор с паролем администратора</translation>
    </message>
    <message>
        <source>Switch to &amp;User</source>
        <translation>Переключиться на &amp;Пользователя</translation>
    </message>
    <message>
        <source>Give up administrator access and continue as User</source>
        <translation>Отказаться от прав администратора и продолжить как Пользователь</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Вызов</translation>
    </message>
    <message>
        <source>Call the TrueConf ID in the dial field (Ctrl+Enter or F5)</source>
        <translation>Вызвать TrueConf ID из поля набора (Ctrl+Enter или F5)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Answer the incoming call (Ctrl+Shift+A)</source>
        <translation>Принять входящий вызов (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Decline the incoming call (Ctrl+Shift+D)</source>
        <translation>Отклонить входящий вызов (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>End the call, or stop ringing (Ctrl+H or Esc: during a call both ask first)</source>
        <translation>Завершить или отменить вызов (Ctrl+H или Esc: во время вызова оба сначала запрашивают подтверждение)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Hang Up for A&amp;ll</source>
        <translation>Завершить &amp;для всех</translation>
    </message>
    <message>
        <source>End the group conference for every participant (owner or moderator only)</source>
        <translation>Завершить групповую конференцию для всех участников (только владелец или модератор)</translation>
    </message>
    <message>
        <source>&amp;Go to Dial Field</source>
        <translation>Перейти к полю &amp;набора</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation>Найти &amp;контакт</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>ports read from config.json</source>
        <translation>порты считаны из config.json</translation>
    </message>
    <message>
        <source>WebSocket address given directly</source>
        <translation>адрес WebSocket указан напрямую</translation>
    </message>
    <message>
        <source>default port assumed: config.json was unreachable</source>
        <translation>принят порт по умолчанию: config.json недоступен</translation>
    </message>
    <message>
        <source>The call with %1 ended. %2</source>
        <translation>Вызов завершён: %1. %2</translation>
    </message>
    <message>
        <source>The room could not log in to its TrueConf server: %1</source>
        <translation>Комнате не удалось авторизоваться на сервере TrueConf: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel Call</source>
        <translation>&amp;Отменить вызов</translation>
    </message>
    <message>
        <source>Stop ringing (Esc)</source>
        <translation>Прекратить вызов (Esc)</translation>
    </message>
    <message>
        <source>Accepting the call</source>
        <translation>Принятие вызова</translation>
    </message>
    <message>
        <source>Declining the call</source>
        <translation>Отклонение вызова</translation>
    </message>
    <message>
        <source>Hang Up for All</source>
        <translation>Завершить для всех</translation>
    </message>
    <message>
        <source>End the conference for every participant?</source>
        <translation>Завершить конференцию для всех участников?</translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation>Завершить вызов</translation>
    </message>
    <message>
        <source>End the room&apos;s call now?</source>
        <translation>Завершить вызов комнаты сейчас?</translation>
    </message>
    <message>
        <source>Cannot call “%1”: %2</source>
        <translation>Не удаётся вызвать «%1»: %2</translation>
    </message>
    <message>
        <source>Ending the conference for all</source>
        <translation>Завершение конференции для всех</translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation>Завершение вызова</translation>
    </message>
    <message>
        <source>Sending the tone %1</source>
        <translation>Отправка тонального сигнала %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Вызов абонента %1</translation>
    </message>
    <message>
        <source>The room refused the call: %1</source>
        <translation>Комната отклонила вызов: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>WebSocket %1 (%2)</source>
        <translation>WebSocket %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP port %1</source>
        <translation>HTTP-порт %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>RoomDeck closed the connection</source>
        <translation>RoomDeck закрыл подключение</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Finding the room</source>
        <translation>Поиск комнаты</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Loading the room&apos;s state</source>
        <translation>Загрузка состояния комнаты</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <source>Disconnected from the room</source>
        <translation>Отключено от комнаты</translation>
    </message>
    <message>
        <source>The room computer is restarting; RoomDeck reconnects when it is back</source>
        <translation>Компьютер комнаты перезагружается; RoomDeck переподключится, когда он снова будет доступен</translation>
    </message>
    <message>
        <source>The room computer is shutting down</source>
        <translation>Компьютер комнаты выключается</translation>
    </message>
    <message>
        <source>The room application was closed</source>
        <translation>Приложение комнаты закрыто</translation>
    </message>
    <message>
        <source>The connection to the room was lost before the reply (%1)</source>
        <translation>Подключение к комнате потеряно до получения ответа (%1)</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>The room refused to switch this connection to User: %1</source>
        <translation>Комната отказалась переключить это подключение на Пользователя: %1</translation>
    </message>
    <message>
        <source>The room did not answer the sign-in</source>
        <translation>Комната не ответила на запрос входа</translation>
    </message>
    <message>
        <source>The room refused an unsecured sign-in as %1: it is protected by a PIN or password</source>
        <translation>Комната отклонила вход как %1 без PIN-кода или пароля: она защищена</translation>
    </message>
    <message>
        <source>Wrong PIN or password for %1</source>
        <translation>Неверный PIN-код или пароль для %1</translation>
    </message>
    <message>
        <source>The room no longer accepts the saved sign-in token for %1</source>
        <translation>Комната больше не принимает сохранённый токен входа для %1</translation>
    </message>
    <message>
        <source> (the room said: %1)</source>
        <translation> (ответ комнаты: %1)</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Вход не выполнен: %1</translation>
    </message>
    <message>
        <source>The room could not report its state: %1</source>
        <translation>Комната не смогла сообщить своё состояние: %1</translation>
    </message>
    <message>
        <source>The room sent an unreadable message: %1</source>
        <translation>Комната прислала нечитаемое сообщение: %1</translation>
    </message>
    <message>
        <source>The room could not read a message: %1</source>
        <translation>Комната не смогла прочитать сообщение: %1</translation>
    </message>
    <message>
        <source>The room refused the command without giving a reason</source>
        <translation>Комната отклонила команду без указания причины</translation>
    </message>
    <message>
        <source>No command name given</source>
        <translation>Не указано имя команды</translation>
    </message>
    <message>
        <source>“%1” is managed by RoomDeck&apos;s sign-in; use Connect or Sign in instead</source>
        <translation>«%1» управляется механизмом входа RoomDeck; используйте «Подключиться» или «Войти»</translation>
    </message>
    <message>
        <source>“%1” needs Administrator access; this console is signed in as User</source>
        <translation>«%1» требует доступа Администратора; эта консоль вошла как Пользователь</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>The room is not connected (reconnecting in %1 s)</source>
        <translation>Комната не подключена (переподключение через %1 с)</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The connection to the room is closed</source>
        <translation>Подключение к комнате закрыто</translation>
    </message>
    <message>
        <source>no reply from the room within %1 s</source>
        <translation>комната не ответила за %1 с</translation>
    </message>
    <message>
        <source>not sent: the room was not ready within %1 s</source>
        <translation>не отправлено: комната не была готова в течение %1 с</translation>
    </message>
    <message>
        <source>%1; still signed in as %2</source>
        <translation>%1; вход по-прежнему выполнен как %2</translation>
    </message>
    <message>
        <source>The room sent a malformed reply: %1</source>
        <translation>Комната прислала некорректный ответ: %1</translation>
    </message>
    <message>
        <source>&quot;requestId&quot; is not a string</source>
        <translation>&quot;requestId&quot; не является строкой</translation>
    </message>
    <message>
        <source>Another controller signed in as %1 at %2 and took over the room; this console is signed out.</source>
        <translation>Другое управляющее приложение вошло как %1 в %2 и перехватило управление комнатой; сеанс этой консоли завершён.</translation>
    </message>
</context>
<context>
    <name>RoomDataContainer</name>
    <message>
        <source>The room&apos;s shared data “%1” could not be read: %2</source>
        <translation>Не удалось прочитать общие данные комнаты «%1»: %2</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” is not text; RoomDeck leaves it as it is.</source>
        <translation>Общие данные комнаты «%1» не являются текстом; RoomDeck оставляет их без изменений.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” is not in RoomDeck&apos;s format; RoomDeck leaves it as it is.</source>
        <translation>Общие данные комнаты «%1» не в формате RoomDeck; RoomDeck оставляет их без изменений.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” has no format version; RoomDeck leaves it as it is.</source>
        <translation>Общие данные комнаты «%1» не содержат версии формата; RoomDeck оставляет их без изменений.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” was written by a newer RoomDeck (format %2); this one leaves it as it is.</source>
        <translation>Общие данные комнаты «%1» записаны более новой версией RoomDeck (формат %2); эта версия оставляет их без изменений.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” cannot be read (%2); RoomDeck leaves it as it is.</source>
        <translation>Общие данные комнаты «%1» не удаётся прочитать (%2); RoomDeck оставляет их без изменений.</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>The room&apos;s shared data has not been read yet</source>
        <translation>Общие данные комнаты ещё не прочитаны</translation>
    </message>
</context>
<context>
    <name>RoomDeckApp</name>
    <message>
        <source>roomdeck: both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; using ROOMDECK_PIN</source>
        <translation>roomdeck: заданы и ROOMDECK_PIN, и ROOMDECK_PASSWORD; используется ROOMDECK_PIN</translation>
    </message>
    <message>
        <source>Operator console for TrueConf Room meeting rooms.

A PIN or password is read from the environment variable ROOMDECK_PIN or ROOMDECK_PASSWORD, never from the command line.</source>
        <translation>Консоль оператора для переговорных комнат TrueConf Room.

PIN-код или пароль считывается из переменной окружения ROOMDECK_PIN или ROOMDECK_PASSWORD, но никогда из командной строки.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <source>The room instance (rooms started with -t NAME).</source>
        <translation>Экземпляр комнаты (для комнат, запущенных с -t ИМЯ).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Sign in as admin or user (default: admin).</source>
        <translation>Войти как admin или user (по умолчанию: admin).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>With --demo or --room: once the room is loaded, save the window as a PNG to FILE and exit (2 if the room cannot be reached).</source>
        <translation>С --demo или --room: после загрузки комнаты сохранить окно в PNG в ФАЙЛ и выйти (код 2, если комната недоступна).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>roomdeck: --demo and --room cannot be combined</source>
        <translation>roomdeck: --demo и --room нельзя использовать вместе</translation>
    </message>
    <message>
        <source>roomdeck: --screenshot needs --demo or --room</source>
        <translation>roomdeck: для --screenshot нужен --demo или --room</translation>
    </message>
    <message>
        <source>roomdeck: --role must be admin or user</source>
        <translation>roomdeck: --role должен быть admin или user</translation>
    </message>
    <message>
        <source>roomdeck: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use --demo, or --screenshot FILE with --room</source>
        <translation>roomdeck: дисплей не найден (DISPLAY и WAYLAND_DISPLAY не заданы); используйте --demo или --screenshot ФАЙЛ с --room</translation>
    </message>
    <message>
        <source>roomdeck: no display found; the demo runs offscreen and writes a screenshot to %1</source>
        <translation>roomdeck: дисплей не найден; демо работает без вывода на экран и записывает снимок экрана в %1</translation>
    </message>
    <message>
        <source>roomdeck: could not start the demo room: %1</source>
        <translation>roomdeck: не удалось запустить демо-комнату: %1</translation>
    </message>
    <message>
        <source>roomdeck: invalid --room: %1</source>
        <translation>roomdeck: недопустимый --room: %1</translation>
    </message>
    <message>
        <source>roomdeck: screenshot written to %1</source>
        <translation>roomdeck: снимок экрана записан в %1</translation>
    </message>
    <message>
        <source>roomdeck: could not connect: %1</source>
        <translation>roomdeck: не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>roomdeck: screenshot failed: %1</source>
        <translation>roomdeck: не удалось сделать снимок экрана: %1</translation>
    </message>
    <message>
        <source>With --demo: bring the simulated room into STATE first (idle, incoming, outgoing, conference); for screenshots.</source>
        <translation>С --demo: сначала перевести имитацию комнаты в СОСТОЯНИЕ (idle, incoming, outgoing, conference); для снимков экрана.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>roomdeck: --demo-state must be idle, incoming, outgoing or conference</source>
        <translation>roomdeck: --demo-state должен быть idle, incoming, outgoing или conference</translation>
    </message>
    <message>
        <source>Open the page NAME once it exists (console, branding, server, power, security); for screenshots.</source>
        <translation>Открыть страницу ИМЯ, как только она появится (console, branding, server, power, security); для снимков экрана.</translation>
    </message>
    <message>
        <source>roomdeck: could not start again; start RoomDeck by hand</source>
        <translation>roomdeck: не удалось перезапуститься; запустите RoomDeck вручную</translation>
    </message>
    <message>
        <source>roomdeck: no screenshot: %1</source>
        <translation>roomdeck: снимок экрана не сделан: %1</translation>
    </message>
    <message>
        <source>Start three simulated rooms in this process and connect to them.</source>
        <translation>Запустить в этом процессе три имитируемые комнаты и подключиться к ним.</translation>
    </message>
    <message>
        <source>Connect to the room at ADDRESS: HOST[:PORT] as shown on the room&apos;s screen, http://HOST:PORT/… or ws://HOST:PORT. Repeat it to open several rooms.</source>
        <translation>Подключиться к комнате по АДРЕСУ: HOST[:PORT], как показано на экране комнаты, http://HOST:PORT/… или ws://HOST:PORT. Повторите, чтобы открыть несколько комнат.</translation>
    </message>
    <message>
        <source>With --room: exit once the address book has been shown, and print how many contacts it showed and the peak resident memory.</source>
        <translation>С --room: завершиться, как только адресная книга показана, и вывести число показанных контактов и пиковую резидентную память.</translation>
    </message>
    <message>
        <source>roomdeck: --exit-when-shown needs --room and no --screenshot</source>
        <translation>roomdeck: для --exit-when-shown нужен --room и не нужен --screenshot</translation>
    </message>
    <message>
        <source>roomdeck: address book shown: %1 contacts; peak resident memory %2 KiB</source>
        <translation>roomdeck: адресная книга показана: контактов %1; пиковая резидентная память %2 КиБ</translation>
    </message>
    <message>
        <source>roomdeck: address book not shown: %1</source>
        <translation>roomdeck: адресная книга не показана: %1</translation>
    </message>
    <message>
        <source>Keep the rooms&apos; history in FILE (default: %1; with --demo, a temporary file).</source>
        <translation>Хранить историю комнат в FILE (по умолчанию: %1; с --demo — временный файл).</translation>
    </message>
    <message>
        <source>Keep no history of the rooms on this computer.</source>
        <translation>Не хранить историю комнат на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Комната не выбрана</translation>
    </message>
    <message>
        <source>Room state</source>
        <translation>Состояние комнаты</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation>TrueConf ID</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation>Попытаться переподключиться сразу, не дожидаясь</translation>
    </message>
    <message>
        <source>Not known while not signed in</source>
        <translation>Неизвестно, пока вход не выполнен</translation>
    </message>
    <message>
        <source>Full control of the room</source>
        <translation>Полное управление комнатой</translation>
    </message>
    <message>
        <source>Calls and devices only</source>
        <translation>Только вызовы и устройства</translation>
    </message>
    <message>
        <source>Commands are not possible</source>
        <translation>Команды недоступны</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting now…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(попытка %1)</translation>
    </message>
    <message>
        <source>Tries to reconnect to the room at once instead of waiting</source>
        <translation>Пытается переподключиться к комнате сразу, не дожидаясь</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop reconnecting and disconnect from the room</source>
        <translation>Прекратить переподключение и отключиться от комнаты</translation>
    </message>
    <message>
        <source>Cancel reconnecting</source>
        <translation>Отменить переподключение</translation>
    </message>
    <message>
        <source>Stops reconnecting and disconnects from the room</source>
        <translation>Прекращает переподключение и отключается от комнаты</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN-код или пароль</translation>
    </message>
    <message>
        <source>The PIN or password to sign in to the room again; leave empty to use the one given before</source>
        <translation>PIN-код или пароль для повторного входа в комнату; оставьте пустым, чтобы использовать введённый ранее</translation>
    </message>
    <message>
        <source>Leave empty to sign in with the PIN or password given before</source>
        <translation>Оставьте пустым, чтобы войти с ранее введённым PIN-кодом или паролем</translation>
    </message>
    <message>
        <source>Sign in to the room again with the same role</source>
        <translation>Снова войти в комнату с той же ролью</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <source>Signs in to the room again with the same role</source>
        <translation>Снова входит в комнату с той же ролью</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <source>Hides the message about the last failed command</source>
        <translation>Скрывает сообщение о последней неудавшейся команде</translation>
    </message>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>сервер %1</translation>
    </message>
    <message>
        <source>Not logged in to a TrueConf server</source>
        <translation>Нет авторизации на сервере TrueConf</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Вход не выполнен: %1</translation>
    </message>
    <message>
        <source>the room wants a new sign-in</source>
        <translation>комната требует повторного входа</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Во&amp;йти снова</translation>
    </message>
    <message>
        <source>Recla&amp;im</source>
        <translation>В&amp;ернуть управление</translation>
    </message>
    <message>
        <source>Sign in again as %1; the other controller is signed out in turn</source>
        <translation>Снова войти как %1; сеанс другого управляющего приложения при этом будет завершён</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomHttpClient</name>
    <message>
        <source>No file given</source>
        <translation>Файл не указан</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>«%1» не существует</translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation>«%1» не является обычным файлом</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission)</source>
        <translation>«%1» невозможно прочитать (нет прав доступа)</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>«%1» пуст</translation>
    </message>
    <message>
        <source>“%1” is too large to upload: %2, the limit is %3</source>
        <translation>«%1» слишком велик для загрузки: %2, ограничение — %3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Nothing to upload: “%1” is empty</source>
        <translation>Нечего загружать: «%1» пуст</translation>
    </message>
    <message>
        <source>The upload was cancelled</source>
        <translation>Загрузка отменена</translation>
    </message>
    <message>
        <source>Not signed in to a room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The room sent no token for its HTTP server</source>
        <translation>Комната не прислала токен для своего HTTP-сервера</translation>
    </message>
    <message>
        <source>The room refused a token for its HTTP server: %1</source>
        <translation>Комната отказала в выдаче токена для своего HTTP-сервера: %1</translation>
    </message>
    <message>
        <source>The room did not send a token for its HTTP server: %1</source>
        <translation>Комната не прислала токен для своего HTTP-сервера: %1</translation>
    </message>
    <message>
        <source>The room has not reported its HTTP server port</source>
        <translation>Комната не сообщила порт своего HTTP-сервера</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP 401) twice, each time with a fresh token</source>
        <translation>HTTP-сервер комнаты по адресу %1 дважды отклонил загрузку (HTTP 401), каждый раз с новым токеном</translation>
    </message>
    <message>
        <source>The upload to %1 stalled: nothing moved for %2 s</source>
        <translation>Загрузка на %1 остановилась: нет передачи данных в течение %2 с</translation>
    </message>
    <message>
        <source>Cannot reach the room&apos;s HTTP server at %1: %2</source>
        <translation>HTTP-сервер комнаты по адресу %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP %2)</source>
        <translation>HTTP-сервер комнаты по адресу %1 отклонил загрузку (HTTP %2)</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 accepted the upload but sent no FileId</source>
        <translation>HTTP-сервер комнаты по адресу %1 принял загрузку, но не прислал FileId</translation>
    </message>
</context>
<context>
    <name>RoomIds</name>
    <message>
        <source>Enter a TrueConf ID</source>
        <translation>Введите TrueConf ID</translation>
    </message>
    <message>
        <source>A TrueConf ID cannot contain spaces</source>
        <translation>TrueConf ID не может содержать пробелы</translation>
    </message>
    <message>
        <source>Not a TrueConf ID: use user, user@server, user@server/instance or \c\conference</source>
        <translation>Это не TrueConf ID: используйте user, user@server, user@server/instance или \c\conference</translation>
    </message>
</context>
<context>
    <name>RoomListPanel</name>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n пропущенный вызов</numerusform>
            <numerusform>%n пропущенных вызова</numerusform>
            <numerusform>%n пропущенных вызовов</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>Add Room…</source>
        <translation>Добавить комнату…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Rename Room</source>
        <translation>Переименовать комнату</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>Название комнаты:</translation>
    </message>
    <message>
        <source>Remove Room</source>
        <translation>Удалить комнату</translation>
    </message>
    <message>
        <source>Remove “%1” from the room list?

RoomDeck disconnects from the room.</source>
        <translation>Удалить «%1» из списка комнат?

RoomDeck отключится от комнаты.</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Do not disturb: incoming calls are declined</source>
        <translation>Не беспокоить: входящие вызовы отклоняются</translation>
    </message>
    <message numerus="yes">
        <source>%n join request(s) waiting</source>
        <translation>
            <numerusform>%n запрос на вход ожидает</numerusform>
            <numerusform>%n запроса на вход ожидают</numerusform>
            <numerusform>%n запросов на вход ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение чата</numerusform>
            <numerusform>%n непрочитанных сообщения чата</numerusform>
            <numerusform>%n непрочитанных сообщений чата</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check, %1: %2</source>
        <translation>Последняя проверка, %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomLocator</name>
    <message>
        <source>no error</source>
        <translation>нет ошибки</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>узел недоступен</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в подключении отказано</translation>
    </message>
    <message>
        <source>not a room</source>
        <translation>это не комната</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>недопустимый адрес</translation>
    </message>
    <message>
        <source>No room address given</source>
        <translation>Адрес комнаты не указан</translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer within %2 s</source>
        <translation>Панель управления комнаты по адресу %1 не ответила за %2 с</translation>
    </message>
    <message>
        <source>Connection refused by %1: no control panel listens on that port (check the address and port shown on the room&apos;s screen)</source>
        <translation>Узел %1 отказал в подключении: на этом порту нет панели управления (проверьте адрес и порт, показанные на экране комнаты)</translation>
    </message>
    <message>
        <source>Host %1 not found (check the address)</source>
        <translation>Узел %1 не найден (проверьте адрес)</translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer in time</source>
        <translation>Панель управления комнаты по адресу %1 не ответила вовремя</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <source>%1 has no room configuration for instance “%2” (HTTP 404): not a room, or a different instance name</source>
        <translation>На узле %1 нет конфигурации комнаты для экземпляра «%2» (HTTP 404): это не комната или другое имя экземпляра</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for config.json; this is not a room</source>
        <translation>Узел %1 ответил HTTP %2 на запрос config.json; это не комната</translation>
    </message>
    <message>
        <source>%1 answered, but not like a room: %2</source>
        <translation>Узел %1 ответил, но не как комната: %2</translation>
    </message>
    <message>
        <source>config.json is larger than %1 KiB</source>
        <translation>config.json больше %1 КиБ</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json не является объектом JSON</translation>
    </message>
    <message>
        <source>config.json has no valid config.websocket.port</source>
        <translation>в config.json нет корректного config.websocket.port</translation>
    </message>
    <message>
        <source>%1 answered, but not with HTTP: no room control panel listens on that port</source>
        <translation>Узел %1 ответил, но не по HTTP: на этом порту нет панели управления комнаты</translation>
    </message>
    <message>
        <source>%1 broke off while sending config.json: %2</source>
        <translation>Узел %1 прервал передачу config.json: %2</translation>
    </message>
    <message>
        <source>the connection closed before the end of config.json</source>
        <translation>подключение закрылось до конца config.json</translation>
    </message>
    <message>
        <source>config.json arrived in malformed chunks</source>
        <translation>config.json пришёл искажёнными блоками (chunked)</translation>
    </message>
    <message>
        <source>its HTTP headers are larger than %1 KiB</source>
        <translation>его HTTP-заголовки больше %1 КиБ</translation>
    </message>
</context>
<context>
    <name>RoomNotices</name>
    <message numerus="yes">
        <source>%n join request(s)</source>
        <translation>
            <numerusform>%n запрос на вход</numerusform>
            <numerusform>%n запроса на вход</numerusform>
            <numerusform>%n запросов на вход</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) not seen</source>
        <translation>
            <numerusform>%n непросмотренный пропущенный вызов</numerusform>
            <numerusform>%n непросмотренных пропущенных вызова</numerusform>
            <numerusform>%n непросмотренных пропущенных вызовов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomProfile</name>
    <message>
        <source>Set for this room&apos;s acoustics</source>
        <translation>Настраивается под акустику этой комнаты</translation>
    </message>
    <message>
        <source>Depends on how this room&apos;s camera is mounted</source>
        <translation>Зависит от того, как установлена камера этой комнаты</translation>
    </message>
    <message>
        <source>Depends on this room&apos;s network</source>
        <translation>Зависит от сети этой комнаты</translation>
    </message>
    <message>
        <source>Each room keeps its own language</source>
        <translation>У каждой комнаты свой язык</translation>
    </message>
    <message>
        <source>Identifies this room</source>
        <translation>Идентифицирует эту комнату</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>This is not a RoomDeck settings profile</source>
        <translation>Это не профиль настроек RoomDeck</translation>
    </message>
    <message>
        <source>The profile has no version</source>
        <translation>У профиля нет версии</translation>
    </message>
    <message>
        <source>The profile was saved by a newer RoomDeck (version %1)</source>
        <translation>Профиль сохранён более новой версией RoomDeck (версия %1)</translation>
    </message>
    <message>
        <source>The profile has an unknown version</source>
        <translation>У профиля неизвестная версия</translation>
    </message>
    <message>
        <source>The profile has no settings</source>
        <translation>В профиле нет настроек</translation>
    </message>
    <message>
        <source>The profile has too many settings</source>
        <translation>В профиле слишком много настроек</translation>
    </message>
    <message>
        <source>The profile has a setting with an unusable name</source>
        <translation>В профиле есть параметр с недопустимым именем</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>файл больше %1 КиБ</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>недопустимый JSON (%1 в байте %2)</translation>
    </message>
</context>
<context>
    <name>RoomScreenPreview</name>
    <message>
        <source>Preview of the room&apos;s screen</source>
        <translation>Предпросмотр экрана комнаты</translation>
    </message>
    <message>
        <source>Default background</source>
        <translation>Фон по умолчанию</translation>
    </message>
    <message>
        <source>TrueConf Room</source>
        <translation>TrueConf Room</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation>Сведения о подключении</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Предстоящие встречи</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Входящие запросы</translation>
    </message>
</context>
<context>
    <name>RoomSessionList</name>
    <message>
        <source>The call with %1 ended: %2</source>
        <translation>Вызов с %1 завершён: %2</translation>
    </message>
</context>
<context>
    <name>RoomSettings</name>
    <message>
        <source>The microphone level cannot be changed while automatic gain control is on</source>
        <translation>Уровень микрофона нельзя изменить, пока включена автоматическая регулировка усиления</translation>
    </message>
    <message>
        <source>Changing the settings failed: %1</source>
        <translation>Не удалось изменить настройки: %1</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Нечего изменять</translation>
    </message>
</context>
<context>
    <name>RoomSignIn</name>
    <message>
        <source>RoomDeck could not read the room&apos;s settings at %1, so it does not know which WebSocket port this room uses.</source>
        <translation>RoomDeck не удалось прочитать настройки комнаты по адресу %1, поэтому неизвестно, какой порт WebSocket использует эта комната.</translation>
    </message>
    <message>
        <source>Something answers on the default port %1. It may be a different room, or another instance on the same computer; signing in there could sign out its operator. Check the address shown on the room&apos;s screen.</source>
        <translation>На порту по умолчанию %1 что-то отвечает. Это может быть другая комната или другой экземпляр на том же компьютере; вход туда может завершить сеанс его оператора. Проверьте адрес, показанный на экране комнаты.</translation>
    </message>
    <message>
        <source>Room Found Only on the Default Port</source>
        <translation>Комната найдена только на порту по умолчанию</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>Войти на этом порту</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>Не подключаться</translation>
    </message>
    <message>
        <source>Signing in on the default port %1: config.json at %2 could not be read.</source>
        <translation>Вход через порт по умолчанию %1: не удалось прочитать config.json по адресу %2.</translation>
    </message>
    <message>
        <source>Not connected: only the default port answered at %1, and that may be another room. The address was not remembered.</source>
        <translation>Подключение не выполнено: по адресу %1 ответил только порт по умолчанию, а это может быть другая комната. Адрес не сохранён.</translation>
    </message>
    <message>
        <source>The PIN or password was not saved: %1</source>
        <translation>PIN-код или пароль не сохранён: %1</translation>
    </message>
    <message>
        <source>The saved PIN or password of this room was forgotten: the room&apos;s protection changed. RoomDeck asks for the new one next time.</source>
        <translation>Сохранённый PIN-код или пароль этой комнаты удалён: защита комнаты изменилась. В следующий раз RoomDeck запросит новый.</translation>
    </message>
    <message>
        <source>Sign in as Administrator</source>
        <translation>Вход как Администратор</translation>
    </message>
    <message>
        <source>Administrator password or PIN for %1.
Leave it empty if administrator mode is not protected.</source>
        <translation>Пароль или PIN-код администратора для %1.
Оставьте поле пустым, если режим администратора не защищён.</translation>
    </message>
</context>
<context>
    <name>RoomTransport</name>
    <message>
        <source>Control panel unreachable (%1); trying the default WebSocket port %2</source>
        <translation>Панель управления недоступна (%1); попытка подключиться к порту WebSocket по умолчанию %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Подключение закрыто</translation>
    </message>
    <message>
        <source>The room sent a message larger than %1 MiB; the connection was closed</source>
        <translation>Комната прислала сообщение больше %1 МиБ; подключение закрыто</translation>
    </message>
    <message>
        <source>The room closed the connection</source>
        <translation>Комната закрыла подключение</translation>
    </message>
    <message>
        <source>The room is going away (restarting or shutting down)</source>
        <translation>Комната завершает работу (перезагрузка или выключение)</translation>
    </message>
    <message>
        <source>The room closed the connection: %1</source>
        <translation>Комната закрыла подключение: %1</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Подключение потеряно: %1</translation>
    </message>
    <message>
        <source>Connection refused by the room&apos;s WebSocket port %1</source>
        <translation>Порт WebSocket %1 комнаты отказал в подключении</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Узел %1 не найден</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 failed: %2</source>
        <translation>Не удалось подключиться по WebSocket к %1: %2</translation>
    </message>
    <message>
        <source>%1; the default WebSocket port %2 did not answer either</source>
        <translation>%1; порт WebSocket по умолчанию %2 тоже не ответил</translation>
    </message>
    <message>
        <source>The room at %1 did not accept the WebSocket connection within %2 s</source>
        <translation>Комната по адресу %1 не приняла подключение WebSocket за %2 с</translation>
    </message>
    <message>
        <source>The room stopped answering (no keepalive reply within %1 s)</source>
        <translation>Комната перестала отвечать (нет ответа на keepalive за %1 с)</translation>
    </message>
    <message>
        <source>The port answered HTTP, not WebSocket: this is not the room&apos;s API port</source>
        <translation>Порт ответил по HTTP, а не по WebSocket: это не порт API комнаты</translation>
    </message>
    <message>
        <source>The room keeps closing the connection right after sign-in (%1 times); retrying every %2 s. Last reason: %3</source>
        <translation>Комната раз за разом закрывает подключение сразу после входа (раз подряд: %1); повтор каждые %2 с. Последняя причина: %3</translation>
    </message>
    <message>
        <source>The room keeps closing the connection right after it opens (%1 times); retrying every %2 s. Last reason: %3</source>
        <translation>Комната раз за разом закрывает подключение сразу после его открытия (раз подряд: %1); повтор каждые %2 с. Последняя причина: %3</translation>
    </message>
</context>
<context>
    <name>RoomTray</name>
    <message>
        <source>RoomDeck</source>
        <translation>RoomDeck</translation>
    </message>
    <message>
        <source>Incoming call — %1</source>
        <translation>Входящий вызов — %1</translation>
    </message>
    <message>
        <source>%1 is calling %2. Open RoomDeck to answer.</source>
        <translation>%1 звонит в %2. Откройте RoomDeck, чтобы ответить.</translation>
    </message>
    <message>
        <source>Accept %1 in %2</source>
        <translation>Принять %1 в %2</translation>
    </message>
    <message>
        <source>Decline %1 in %2</source>
        <translation>Отклонить %1 в %2</translation>
    </message>
    <message>
        <source>Show RoomDeck</source>
        <translation>Показать RoomDeck</translation>
    </message>
</context>
<context>
    <name>RoomWebSocket</name>
    <message>
        <source>RoomDeck speaks only ws:// to rooms, not %1</source>
        <translation>RoomDeck общается с комнатами только по ws://, не по %1</translation>
    </message>
    <message>
        <source>The port did not answer with HTTP: it is not a WebSocket server</source>
        <translation>Порт ответил не по HTTP: это не WebSocket-сервер</translation>
    </message>
    <message>
        <source>The room&apos;s answer to the WebSocket handshake is larger than %1 KiB</source>
        <translation>Ответ комнаты на рукопожатие WebSocket больше %1 КиБ</translation>
    </message>
    <message>
        <source>The room answered HTTP %1 instead of opening a WebSocket</source>
        <translation>Комната ответила HTTP %1 вместо открытия WebSocket</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header &quot;Upgrade: websocket&quot;</source>
        <translation>В рукопожатии WebSocket комнаты нет заголовка «Upgrade: websocket»</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header &quot;Connection: Upgrade&quot;</source>
        <translation>В рукопожатии WebSocket комнаты нет заголовка «Connection: Upgrade»</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header Sec-WebSocket-Accept</source>
        <translation>В рукопожатии WebSocket комнаты нет заголовка Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake has a wrong Sec-WebSocket-Accept</source>
        <translation>В рукопожатии WebSocket комнаты неверный Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake names an extension or subprotocol RoomDeck did not ask for</source>
        <translation>Рукопожатие WebSocket комнаты называет расширение или подпротокол, которых RoomDeck не запрашивал</translation>
    </message>
    <message>
        <source>The room sent a message larger than %1; RoomDeck closed the connection</source>
        <translation>Комната прислала сообщение больше %1; RoomDeck закрыл подключение</translation>
    </message>
    <message>
        <source>The room sent text that is not valid UTF-8; RoomDeck closed the connection</source>
        <translation>Комната прислала текст, не являющийся корректным UTF-8; RoomDeck закрыл подключение</translation>
    </message>
    <message>
        <source>a masked frame</source>
        <translation>маскированный кадр</translation>
    </message>
    <message>
        <source>reserved bits set</source>
        <translation>установленные зарезервированные биты</translation>
    </message>
    <message>
        <source>an unknown opcode</source>
        <translation>неизвестный код операции</translation>
    </message>
    <message>
        <source>a control frame longer than 125 bytes</source>
        <translation>управляющий кадр длиннее 125 байт</translation>
    </message>
    <message>
        <source>a fragmented control frame</source>
        <translation>фрагментированный управляющий кадр</translation>
    </message>
    <message>
        <source>a continuation frame without a message</source>
        <translation>кадр продолжения без сообщения</translation>
    </message>
    <message>
        <source>a new message inside an unfinished one</source>
        <translation>новое сообщение внутри незавершённого</translation>
    </message>
    <message>
        <source>a frame length out of range</source>
        <translation>длина кадра вне допустимого диапазона</translation>
    </message>
    <message>
        <source>an invalid close frame</source>
        <translation>неверный кадр закрытия</translation>
    </message>
    <message>
        <source>an invalid frame</source>
        <translation>неверный кадр</translation>
    </message>
    <message>
        <source>The room broke the WebSocket protocol (%1); RoomDeck closed the connection</source>
        <translation>Комната нарушила протокол WebSocket (%1); RoomDeck закрыл подключение</translation>
    </message>
    <message>
        <source>The room closed the connection in the middle of a message</source>
        <translation>Комната закрыла подключение посреди сообщения</translation>
    </message>
    <message>
        <source>The room closed the connection without a WebSocket close</source>
        <translation>Комната закрыла подключение без закрытия WebSocket</translation>
    </message>
    <message>
        <source>The port closed the connection during the WebSocket handshake: it is not a WebSocket server</source>
        <translation>Порт закрыл подключение во время рукопожатия WebSocket: это не WebSocket-сервер</translation>
    </message>
    <message>
        <source>The connection to %1:%2 was refused</source>
        <translation>Подключение к %1:%2 отклонено</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Узел %1 не найден</translation>
    </message>
</context>
<context>
    <name>RoomsMenu</name>
    <message>
        <source>Roo&amp;ms</source>
        <translation>Комнат&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>&amp;Следующая комната</translation>
    </message>
    <message>
        <source>&amp;Previous Room</source>
        <translation>&amp;Предыдущая комната</translation>
    </message>
    <message>
        <source>&amp;Add Room…</source>
        <translation>&amp;Добавить комнату…</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>SavedRoom</name>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, экземпляр %2</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ScreenLayout</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Вход в комнату не выполнен</translation>
    </message>
    <message>
        <source>The layout can be changed only during a call or conference</source>
        <translation>Раскладку можно изменить только во время вызова или конференции</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation>Сведения о подключении</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Входящие запросы</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Предстоящие встречи</translation>
    </message>
    <message>
        <source>Info widgets</source>
        <translation>Информационные виджеты</translation>
    </message>
    <message>
        <source>The room&apos;s settings are not available</source>
        <translation>Настройки комнаты недоступны</translation>
    </message>
    <message>
        <source>Only an administrator can read which widgets the room shows</source>
        <translation>Узнать, какие виджеты показывает комната, может только администратор</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Одно окно</translation>
    </message>
    <message>
        <source>Equal windows</source>
        <translation>Равные окна</translation>
    </message>
    <message>
        <source>Large upper left, others around</source>
        <translation>Большое слева вверху, остальные вокруг</translation>
    </message>
    <message>
        <source>Large top centre, others below</source>
        <translation>Большое вверху по центру, остальные ниже</translation>
    </message>
    <message>
        <source>Large left, others to the right</source>
        <translation>Большое слева, остальные справа</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Раскладка %1</translation>
    </message>
    <message>
        <source>Unknown layout</source>
        <translation>Неизвестная раскладка</translation>
    </message>
    <message>
        <source>The room has no such monitor</source>
        <translation>У комнаты нет такого монитора</translation>
    </message>
    <message>
        <source>No such video slot</source>
        <translation>Такого видеослота нет</translation>
    </message>
    <message>
        <source>A video slot is listed twice</source>
        <translation>Видеослот указан дважды</translation>
    </message>
    <message>
        <source>Choose two different video slots</source>
        <translation>Выберите два разных видеослота</translation>
    </message>
    <message>
        <source>The room&apos;s main window is on that monitor</source>
        <translation>Главное окно комнаты уже на этом мониторе</translation>
    </message>
    <message>
        <source>No video slot is on that monitor</source>
        <translation>На этом мониторе нет видеослотов</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>The logo in the lower-left corner of the room&apos;s screen</source>
        <translation>Логотип в левом нижнем углу экрана комнаты</translation>
    </message>
    <message>
        <source>The clock in the upper-right corner</source>
        <translation>Часы в правом верхнем углу</translation>
    </message>
    <message>
        <source>The room&apos;s address and ports, for connecting to it</source>
        <translation>Адрес и порты комнаты для подключения к ней</translation>
    </message>
    <message>
        <source>The TrueConf ID the room is signed in with</source>
        <translation>TrueConf ID, под которым комната выполнила вход</translation>
    </message>
    <message>
        <source>Requests that wait for an answer at the room</source>
        <translation>Запросы, ожидающие ответа в комнате</translation>
    </message>
    <message>
        <source>The room&apos;s next scheduled meetings</source>
        <translation>Ближайшие запланированные встречи комнаты</translation>
    </message>
    <message>
        <source>All info widgets at once (the logo has its own switch)</source>
        <translation>Все информационные виджеты сразу (у логотипа свой переключатель)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Главный экран</translation>
    </message>
    <message>
        <source>What the room&apos;s screen shows: the widgets that are on</source>
        <translation>Что показывает экран комнаты: включённые виджеты</translation>
    </message>
    <message>
        <source>Default layouts</source>
        <translation>Раскладки по умолчанию</translation>
    </message>
    <message>
        <source>The layout a call starts in</source>
        <translation>Раскладка, с которой начинается вызов</translation>
    </message>
    <message>
        <source>The layout a group conference starts in</source>
        <translation>Раскладка, с которой начинается групповая конференция</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Вызовы:</translation>
    </message>
    <message>
        <source>Group conferences:</source>
        <translation>Групповые конференции:</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Мониторы</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Монитор</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Room window</source>
        <translation>Окно комнаты</translation>
    </message>
    <message>
        <source>The room&apos;s monitors</source>
        <translation>Мониторы комнаты</translation>
    </message>
    <message>
        <source>Show the room&apos;s window here</source>
        <translation>Показать окно комнаты здесь</translation>
    </message>
    <message>
        <source>Move the room&apos;s main window to the selected monitor</source>
        <translation>Переместить главное окно комнаты на выбранный монитор</translation>
    </message>
    <message>
        <source>Layout in the call</source>
        <translation>Раскладка в вызове</translation>
    </message>
    <message>
        <source>The layout of the room&apos;s main window now</source>
        <translation>Текущая раскладка главного окна комнаты</translation>
    </message>
    <message>
        <source>Layout now</source>
        <translation>Текущая раскладка</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Раскладка:</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Video slots in the call</source>
        <translation>Видеослоты в вызове</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Take the selected video off the main window</source>
        <translation>Убрать выбранное видео из главного окна</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Put the selected hidden video back on the main window</source>
        <translation>Вернуть выбранное скрытое видео в главное окно</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Вернуть в главное окно</translation>
    </message>
    <message>
        <source>Bring the selected video back from its extra monitor</source>
        <translation>Вернуть выбранное видео с дополнительного монитора</translation>
    </message>
    <message>
        <source>Swap with</source>
        <translation>Поменять с</translation>
    </message>
    <message>
        <source>The video to trade places with</source>
        <translation>Видео, с которым поменяться местами</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Поменять</translation>
    </message>
    <message>
        <source>Let the selected video and the chosen one trade places</source>
        <translation>Поменять местами выбранное видео и указанное</translation>
    </message>
    <message>
        <source>Extra monitor</source>
        <translation>Дополнительный монитор</translation>
    </message>
    <message>
        <source>A monitor the room&apos;s window is not on</source>
        <translation>Монитор, на котором нет окна комнаты</translation>
    </message>
    <message>
        <source>Move to monitor</source>
        <translation>На монитор</translation>
    </message>
    <message>
        <source>Show the selected video alone on the chosen monitor</source>
        <translation>Показать выбранное видео отдельно на указанном мониторе</translation>
    </message>
    <message>
        <source>The preview shows the widgets as the room reports them.</source>
        <translation>Предпросмотр показывает виджеты так, как о них сообщает комната.</translation>
    </message>
    <message>
        <source>The preview shows the widgets as the room&apos;s settings have them; an administrator sees what the room reports.</source>
        <translation>Предпросмотр показывает виджеты по настройкам комнаты; администратор видит то, о чём сообщает комната.</translation>
    </message>
    <message>
        <source>Monitor %1</source>
        <translation>Монитор %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>The room&apos;s main window now; changes apply at once.</source>
        <translation>Текущее главное окно комнаты; изменения применяются сразу.</translation>
    </message>
    <message>
        <source>Available during a call or conference.</source>
        <translation>Доступно во время вызова или конференции.</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главное окно</translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation>Монитор: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Not in this layout</source>
        <translation>Нет в этой раскладке</translation>
    </message>
    <message>
        <source>The room&apos;s screen was not changed: %1</source>
        <translation>Экран комнаты не изменён: %1</translation>
    </message>
    <message>
        <source>This room&apos;s camera</source>
        <translation>Камера этой комнаты</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <source>nothing to connect</source>
        <translation>не к чему подключаться</translation>
    </message>
    <message>
        <source>the window is gone</source>
        <translation>окно закрыто</translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation>не удалось сделать снимок окна</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>connected, but the room&apos;s data was not ready to show within %1 s</source>
        <translation>подключено, но данные комнаты не были готовы к показу за %1 с</translation>
    </message>
    <message>
        <source>the room was not connected within %1 s (still: %2)</source>
        <translation>комната не подключилась за %1 с (состояние: %2)</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Administrator mode:</source>
        <translation>Режим администратора:</translation>
    </message>
    <message>
        <source>User mode:</source>
        <translation>Режим пользователя:</translation>
    </message>
    <message>
        <source>Mode to protect</source>
        <translation>Защищаемый режим</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>При&amp;менить…</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Считать снова</translation>
    </message>
    <message>
        <source>Copy PIN</source>
        <translation>Копировать PIN-код</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Clear Tokens</source>
        <translation>Сбросить токены</translation>
    </message>
    <message>
        <source>C&amp;lear Tokens…</source>
        <translation>Сбросить &amp;токены…</translation>
    </message>
    <message>
        <source>Every saved sign-in token and HTTP token stops working. Open connections stay; consoles and scripts sign in with the PIN or password next time.</source>
        <translation>Все сохранённые токены входа и HTTP-токены перестанут действовать. Открытые подключения сохранятся; в следующий раз консоли и скрипты войдут с PIN-кодом или паролем.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Hardware &amp;key:</source>
        <translation>&amp;Аппаратный ключ:</translation>
    </message>
    <message>
        <source>Hardware key</source>
        <translation>Аппаратный ключ</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Ещё не считан</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Licence ke&amp;y:</source>
        <translation>&amp;Лицензионный ключ:</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Лицензионный ключ</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Активи&amp;ровать</translation>
    </message>
    <message>
        <source>Administrator mode</source>
        <translation>Режим администратора</translation>
    </message>
    <message>
        <source>User mode</source>
        <translation>Режим пользователя</translation>
    </message>
    <message>
        <source>%1 is now protected by PIN %2, which the room generated.</source>
        <translation>%1 теперь защищён PIN-кодом %2, созданным комнатой.</translation>
    </message>
    <message>
        <source>%1 is now protected by the new password.</source>
        <translation>%1 теперь защищён новым паролем.</translation>
    </message>
    <message>
        <source>%1 is now open: no PIN or password is needed.</source>
        <translation>%1 теперь без защиты: PIN-код или пароль не требуется.</translation>
    </message>
    <message>
        <source>Tokens cleared. Saved sign-ins elsewhere need the PIN or password again.</source>
        <translation>Токены сброшены. Для сохранённых входов в других местах снова потребуется PIN-код или пароль.</translation>
    </message>
    <message>
        <source>Enter the new password twice</source>
        <translation>Введите новый пароль дважды</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Set the protection of %1 to “%2”?</source>
        <translation>%1: установить защиту «%2»?</translation>
    </message>
    <message>
        <source>User mode becomes open too: it may not be protected while Administrator mode is open.</source>
        <translation>Режим пользователя тоже останется без защиты: его нельзя защитить, пока режим администратора без защиты.</translation>
    </message>
    <message>
        <source>This console stays signed in and uses the new protection from now on.</source>
        <translation>Вход этой консоли сохранится, и далее она будет использовать новую защиту.</translation>
    </message>
    <message>
        <source>Consoles signed in to that mode have to sign in again.</source>
        <translation>Консолям, вошедшим в этом режиме, придётся войти снова.</translation>
    </message>
    <message>
        <source>Change Protection</source>
        <translation>Изменение защиты</translation>
    </message>
    <message>
        <source>Changing the protection…</source>
        <translation>Изменение защиты…</translation>
    </message>
    <message>
        <source>Invalidate every token the room has issued? Saved sign-ins of other consoles and scripts stop working.</source>
        <translation>Аннулировать все токены, выданные комнатой? Сохранённые входы других консолей и скриптов перестанут работать.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Активация…</translation>
    </message>
    <message>
        <source>Hardware key copied to the clipboard.</source>
        <translation>Аппаратный ключ скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Chan&amp;ge:</source>
        <translation>&amp;Изменить:</translation>
    </message>
    <message>
        <source>R&amp;ead Again</source>
        <translation>С&amp;читать снова</translation>
    </message>
    <message>
        <source>Reveal PINs</source>
        <translation>Показать PIN-коды</translation>
    </message>
    <message>
        <source>Show the PINs in clear text while this is pressed</source>
        <translation>Показывать PIN-коды открытым текстом, пока кнопка нажата</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
</context>
<context>
    <name>SecurityState</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>PIN generated by the room</source>
        <translation>PIN-код, созданный комнатой</translation>
    </message>
    <message>
        <source>No protection</source>
        <translation>Без защиты</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN-код %1</translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Лицензия активирована</translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation>тариф %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>действует с %1 по %2</translation>
    </message>
    <message>
        <source>The room did not activate the licence (status %1)</source>
        <translation>Комната не активировала лицензию (статус %1)</translation>
    </message>
    <message>
        <source>Choose the mode to protect</source>
        <translation>Выберите защищаемый режим</translation>
    </message>
    <message>
        <source>Enter the new password</source>
        <translation>Введите новый пароль</translation>
    </message>
    <message>
        <source>Protect the Administrator mode first: User mode may not be protected while Administrator mode is open</source>
        <translation>Сначала защитите режим администратора: режим пользователя нельзя защитить, пока режим администратора без защиты</translation>
    </message>
    <message>
        <source>Changing the protection failed: %1</source>
        <translation>Не удалось изменить защиту: %1</translation>
    </message>
    <message>
        <source>Clearing the tokens failed: %1</source>
        <translation>Не удалось сбросить токены: %1</translation>
    </message>
    <message>
        <source>Reading the hardware key failed: %1</source>
        <translation>Не удалось считать аппаратный ключ: %1</translation>
    </message>
    <message>
        <source>Activating the licence failed: %1</source>
        <translation>Не удалось активировать лицензию: %1</translation>
    </message>
</context>
<context>
    <name>SelfView</name>
    <message>
        <source>Camera picture</source>
        <translation>Изображение с камеры</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Нет камеры</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Повреждённое изображение</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>%1 s old</source>
        <translation>%1 с назад</translation>
    </message>
    <message numerus="yes">
        <source>Last picture %n second(s) ago</source>
        <translation>
            <numerusform>Последний кадр получен %n секунду назад</numerusform>
            <numerusform>Последний кадр получен %n секунды назад</numerusform>
            <numerusform>Последний кадр получен %n секунд назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAccountState</name>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>нет сервера</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>TrueConf server connection</source>
        <translation>Подключение к серверу TrueConf</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>TrueConf Server</source>
        <translation>TrueConf Server</translation>
    </message>
    <message>
        <source>video.example.com or 10.0.0.5</source>
        <translation>video.example.com или 10.0.0.5</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>TrueConf Online (the public cloud service)</source>
        <translation>TrueConf Online (публичный облачный сервис)</translation>
    </message>
    <message>
        <source>TrueConf &amp;Online (the public cloud service)</source>
        <translation>TrueConf Online (публичный &amp;облачный сервис)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Room account</source>
        <translation>Учётная запись комнаты</translation>
    </message>
    <message>
        <source>&amp;TrueConf ID:</source>
        <translation>&amp;TrueConf ID:</translation>
    </message>
    <message>
        <source>Room account TrueConf ID</source>
        <translation>TrueConf ID учётной записи комнаты</translation>
    </message>
    <message>
        <source>room101 or room101@video.example.com</source>
        <translation>room101 или room101@video.example.com</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Room account password</source>
        <translation>Пароль учётной записи комнаты</translation>
    </message>
    <message>
        <source>Encrypt the password (turn off for LDAP / Active Directory accounts)</source>
        <translation>Шифровать пароль (отключите для учётных записей LDAP / Active Directory)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the password (turn off for LDAP / Active Directory accounts)</source>
        <translation>&amp;Шифровать пароль (отключите для учётных записей LDAP / Active Directory)</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Авторизоваться</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Авторизоваться</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Авторизация выполнена.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Ошибка авторизации: %1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Авторизована как %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Авторизована как %1 (%2)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Нет авторизации</translation>
    </message>
    <message>
        <source>The room logs in once it is connected to a server and not logged in yet</source>
        <translation>Комната может авторизоваться, когда она подключена к серверу и ещё не авторизована</translation>
    </message>
    <message>
        <source>The room is in a call; it ends when the room leaves its server.</source>
        <translation>Комната участвует в вызове; он завершится, когда комната отключится от сервера.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, порт %2</translation>
    </message>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <source>Connecting the room to %1…</source>
        <translation>Подключение комнаты к %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Выход выполнен.</translation>
    </message>
    <message>
        <source>The room accepted; it reports the result above.</source>
        <translation>Комната приняла команду; результат будет показан выше.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Авторизация</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Авторизация как %1…</translation>
    </message>
    <message>
        <source>Log the room out of %1? Nobody can call it until it logs in again.</source>
        <translation>Выйти из учётной записи %1? Никто не сможет позвонить в комнату, пока она снова не авторизуется.</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Выход из учётной записи</translation>
    </message>
    <message>
        <source>TrueConf Ser&amp;ver:</source>
        <translation>TrueConf Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>По&amp;дключить</translation>
    </message>
    <message>
        <source>Log O&amp;ut…</source>
        <translation>Выйт&amp;и…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
</context>
<context>
    <name>SettingsCatalogue</name>
    <message>
        <source>One window only</source>
        <translation>Только одно окно</translation>
    </message>
    <message>
        <source>Equal windows</source>
        <translation>Равные окна</translation>
    </message>
    <message>
        <source>One large upper left, the rest around</source>
        <translation>Одно большое слева вверху, остальные вокруг</translation>
    </message>
    <message>
        <source>One large top centre, the rest below</source>
        <translation>Одно большое вверху по центру, остальные ниже</translation>
    </message>
    <message>
        <source>One large left, the rest to the right</source>
        <translation>Одно большое слева, остальные справа</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Эхоподавление</translation>
    </message>
    <message>
        <source>Automatic gain control</source>
        <translation>Автоматическая регулировка усиления</translation>
    </message>
    <message>
        <source>Loudspeaker volume</source>
        <translation>Громкость динамика</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <source>Mirror the self-view</source>
        <translation>Зеркально отображать своё видео</translation>
    </message>
    <message>
        <source>Hide the self-view while the camera is off</source>
        <translation>Скрывать своё видео, когда камера выключена</translation>
    </message>
    <message>
        <source>Self-view rotation</source>
        <translation>Поворот собственного видео</translation>
    </message>
    <message>
        <source>0°</source>
        <translation>0°</translation>
    </message>
    <message>
        <source>90°</source>
        <translation>90°</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180°</translation>
    </message>
    <message>
        <source>270°</source>
        <translation>270°</translation>
    </message>
    <message>
        <source>Names over video</source>
        <translation>Имена поверх видео</translation>
    </message>
    <message>
        <source>Name label alignment</source>
        <translation>Выравнивание подписей с именами</translation>
    </message>
    <message>
        <source>Highlight active speakers</source>
        <translation>Выделять говорящих</translation>
    </message>
    <message>
        <source>Best quality for frame pictures</source>
        <translation>Наилучшее качество снимков кадров</translation>
    </message>
    <message>
        <source>QR code recognition</source>
        <translation>Распознавание QR-кодов</translation>
    </message>
    <message>
        <source>Accept calls automatically</source>
        <translation>Автоматически принимать вызовы</translation>
    </message>
    <message>
        <source>Accept podium invitations automatically</source>
        <translation>Автоматически принимать приглашения на трибуну</translation>
    </message>
    <message>
        <source>Let participants take the podium unasked</source>
        <translation>Разрешать участникам выходить на трибуну без запроса</translation>
    </message>
    <message>
        <source>Remote camera control</source>
        <translation>Удалённое управление камерой</translation>
    </message>
    <message>
        <source>Allow everyone</source>
        <translation>Разрешать всем</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Спрашивать каждый раз</translation>
    </message>
    <message>
        <source>Always forbid</source>
        <translation>Всегда запрещать</translation>
    </message>
    <message>
        <source>Recording policy</source>
        <translation>Правила записи</translation>
    </message>
    <message>
        <source>Restore the window on a call</source>
        <translation>Разворачивать окно при вызове</translation>
    </message>
    <message>
        <source>Show the logo</source>
        <translation>Показывать логотип</translation>
    </message>
    <message>
        <source>Show the clock</source>
        <translation>Показывать часы</translation>
    </message>
    <message>
        <source>Show the information widgets</source>
        <translation>Показывать информационные виджеты</translation>
    </message>
    <message>
        <source>Show the connection details</source>
        <translation>Показывать сведения о подключении</translation>
    </message>
    <message>
        <source>Show the signed-in account</source>
        <translation>Показывать учётную запись, под которой выполнен вход</translation>
    </message>
    <message>
        <source>Show incoming requests</source>
        <translation>Показывать входящие запросы</translation>
    </message>
    <message>
        <source>Show upcoming meetings</source>
        <translation>Показывать предстоящие встречи</translation>
    </message>
    <message>
        <source>Default layout of a call</source>
        <translation>Раскладка вызова по умолчанию</translation>
    </message>
    <message>
        <source>Default layout of a conference</source>
        <translation>Раскладка конференции по умолчанию</translation>
    </message>
    <message>
        <source>Language of the room</source>
        <translation>Язык комнаты</translation>
    </message>
    <message>
        <source>Incoming bandwidth (kbit/s)</source>
        <translation>Входящая полоса пропускания (кбит/с)</translation>
    </message>
    <message>
        <source>Outgoing bandwidth (kbit/s)</source>
        <translation>Исходящая полоса пропускания (кбит/с)</translation>
    </message>
    <message>
        <source>New user PIN after each conference</source>
        <translation>Новый PIN-код пользователя после каждой конференции</translation>
    </message>
    <message>
        <source>Sign in to the server automatically</source>
        <translation>Автоматически входить на сервер</translation>
    </message>
    <message>
        <source>Forbid direct connections</source>
        <translation>Запретить прямые подключения</translation>
    </message>
    <message>
        <source>Refuse callers not in the address book</source>
        <translation>Отклонять вызовы от абонентов не из адресной книги</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Главный экран</translation>
    </message>
    <message>
        <source>Network and bandwidth</source>
        <translation>Сеть и полоса пропускания</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Other (not described by the API)</source>
        <translation>Прочее (не описано в API)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation>%1 принимает on или off</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>%1 принимает целое число</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not %3</source>
        <translation>%1 принимает одно из значений %2, а не %3</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 принимает число</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1: значение должно быть от %2 до %3, а не %4</translation>
    </message>
    <message>
        <source>%1 takes a text</source>
        <translation>%1 принимает текст</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1 takes a JSON value</source>
        <translation>%1 принимает значение JSON</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2</source>
        <translation>«%1» не является значением %2</translation>
    </message>
    <message>
        <source>Only an administrator may change this security-related setting</source>
        <translation>Изменять этот параметр безопасности может только администратор</translation>
    </message>
    <message>
        <source>Automatic gain control sets the microphone level while it is on</source>
        <translation>Пока включена автоматическая регулировка усиления, она сама задаёт уровень микрофона</translation>
    </message>
</context>
<context>
    <name>SettingsEdit</name>
    <message>
        <source>Not connected to a room</source>
        <translation>Нет подключения к комнате</translation>
    </message>
    <message>
        <source>The room has no setting %1</source>
        <translation>У комнаты нет параметра %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Search the settings</source>
        <translation>Поиск в настройках</translation>
    </message>
    <message>
        <source>Search by name or value</source>
        <translation>Поиск по названию или значению</translation>
    </message>
    <message>
        <source>Shows only the settings whose label, name or value contains this text</source>
        <translation>Показывает только параметры, у которых название, имя или значение содержит этот текст</translation>
    </message>
    <message>
        <source>The room&apos;s settings</source>
        <translation>Настройки комнаты</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Outcome of the last apply</source>
        <translation>Результат последнего применения</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet: show the room&apos;s values</source>
        <translation>Отбросить ещё не применённые изменения и показать значения комнаты</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Send every change to the room at once; the room takes all of them or none</source>
        <translation>Отправить все изменения в комнату разом; комната принимает либо все, либо ни одного</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Применить изменения</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Применение %n изменения…</numerusform>
            <numerusform>Применение %n изменений…</numerusform>
            <numerusform>Применение %n изменений…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room accepted %n change(s).</source>
        <translation>
            <numerusform>Комната приняла %n изменение.</numerusform>
            <numerusform>Комната приняла %n изменения.</numerusform>
            <numerusform>Комната приняла %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room refused the changes and changed nothing: %1</source>
        <translation>Комната отклонила изменения и ничего не изменила: %1</translation>
    </message>
    <message>
        <source>The room refused the changes and changed nothing: %1 = %2 (%3)</source>
        <translation>Комната отклонила изменения и ничего не изменила: %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The room reports no settings.</source>
        <translation>Комната не сообщает никаких настроек.</translation>
    </message>
    <message>
        <source>The room&apos;s settings are not known yet.</source>
        <translation>Настройки комнаты пока неизвестны.</translation>
    </message>
    <message>
        <source>%1 (not described)</source>
        <translation>%1 (не описан)</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Отклонено: %1 (%2)</translation>
    </message>
    <message>
        <source>Changed on the room meanwhile to %1; yours not applied yet</source>
        <translation>Тем временем в комнате изменено на %1; ваше значение ещё не применено</translation>
    </message>
    <message>
        <source>Changed, not applied yet (the room has %1)</source>
        <translation>Изменено, ещё не применено (в комнате: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: not described by the room&apos;s API; edited as a raw value</source>
        <translation>%1: не описан в API комнаты; редактируется как необработанное значение</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>С %1 на %2</translation>
    </message>
</context>
<context>
    <name>ShownProbe</name>
    <message>
        <source>the address book was not shown within %1 s</source>
        <translation>адресная книга не показана за %1 с</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>нечего показывать</translation>
    </message>
</context>
<context>
    <name>TileThumbnails</name>
    <message>
        <source>No camera</source>
        <translation>Нет камеры</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Повреждённое изображение</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>roomdeckctl</name>
    <message>
        <source>Usage: roomdeckctl [connection options] COMMAND [arguments] [--json]

Controls a TrueConf Room from scripts, one command per run, with the same core as RoomDeck.

</source>
        <translation>Использование: roomdeckctl [параметры подключения] COMMAND [аргументы] [--json]

Управляет TrueConf Room из скриптов: одна команда за запуск, на том же ядре, что и RoomDeck.

</translation>
    </message>
    <message>
        <source>Secrets (PIN, password, tokens) are never printed: replies show them as &quot;***&quot;.

</source>
        <translation>Секреты (PIN-код, пароль, токены) никогда не выводятся: в ответах они показаны как &quot;***&quot;.

</translation>
    </message>
    <message>
        <source>Examples:
  ROOMDECK_PIN=1234 roomdeckctl --room 192.168.1.20:8088 status
  roomdeckctl --ws ws://192.168.1.20:8765 --json abook --filter alice
  roomdeckctl --room 192.168.1.20:8088 watch --event appStateChanged</source>
        <translation>Примеры:
  ROOMDECK_PIN=1234 roomdeckctl --room 192.168.1.20:8088 status
  roomdeckctl --ws ws://192.168.1.20:8765 --json abook --filter alice
  roomdeckctl --room 192.168.1.20:8088 watch --event appStateChanged</translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation>команда не указана (см. --help)</translation>
    </message>
    <message>
        <source>unknown command “%1” (try --help)</source>
        <translation>неизвестная команда «%1» (см. --help)</translation>
    </message>
    <message>
        <source>%1 takes no arguments, got “%2”</source>
        <translation>%1 не принимает аргументов, получено «%2»</translation>
    </message>
    <message>
        <source>%1 needs an argument (try --help)</source>
        <translation>%1 требует аргумент (см. --help)</translation>
    </message>
    <message>
        <source>%1 takes one argument, got %2</source>
        <translation>%1 принимает один аргумент, получено: %2</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 command</source>
        <translation>--%1 относится к команде %2</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <source>--mode takes 0 (fit into 440x82 px) or 1 (original size), not “%1”</source>
        <translation>--mode принимает 0 (вписать в 440x82 px) или 1 (исходный размер), а не «%1»</translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation>upload-logo: %1</translation>
    </message>
    <message>
        <source>--for takes a number of seconds, not “%1”</source>
        <translation>--for принимает число секунд, а не «%1»</translation>
    </message>
    <message>
        <source>give either --room or --ws, not both</source>
        <translation>укажите либо --room, либо --ws, но не оба</translation>
    </message>
    <message>
        <source>say which room: --room HOST[:WEBPORT] or --ws ws://HOST:PORT</source>
        <translation>укажите комнату: --room HOST[:WEBPORT] или --ws ws://HOST:PORT</translation>
    </message>
    <message>
        <source>--instance needs --room: a ws:// address names one port already</source>
        <translation>--instance требует --room: адрес ws:// уже указывает на один порт</translation>
    </message>
    <message>
        <source>--ws takes ws://HOST:PORT, not “%1”</source>
        <translation>--ws принимает ws://HOST:PORT, а не «%1»</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, not “%1”</source>
        <translation>--timeout принимает положительное число секунд, а не «%1»</translation>
    </message>
    <message>
        <source>--role takes admin or user, not “%1”</source>
        <translation>--role принимает admin или user, а не «%1»</translation>
    </message>
    <message>
        <source>give either --pin or --password, not both</source>
        <translation>укажите либо --pin, либо --password, но не оба</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>значение --%1 пустое</translation>
    </message>
    <message>
        <source>both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; unset one</source>
        <translation>заданы и ROOMDECK_PIN, и ROOMDECK_PASSWORD; удалите одну из переменных</translation>
    </message>
    <message>
        <source>One connection per mode: a room keeps one Administrator and one User connection.
Signing in as Administrator signs out the Administrator already connected (an
operator&apos;s RoomDeck, say), and the same for User. This is why the read-only
commands sign in as User unless --role admin is given.

</source>
        <translation>Одно подключение на режим: комната держит одно подключение Администратора и
одно подключение Пользователя. Вход как Администратор завершает сеанс уже
подключённого Администратора (например, RoomDeck оператора), и так же для
Пользователя. Поэтому команды только для чтения входят как Пользователь, если
не указан --role admin.

</translation>
    </message>
    <message>
        <source>Connection options (every command):
  --room HOST[:WEBPORT]   the address shown on the room&apos;s screen; the WebSocket
                          and HTTP ports are read from the room&apos;s config.json
  -t, --instance NAME     the room instance started with -t NAME
  --ws ws://HOST:PORT     connect to this WebSocket port (no config.json)
  --pin PIN               sign in with the room&apos;s PIN
  --password PASSWORD     sign in with a password
                          Warning: every user of this computer can read these
                          two in the process list (ps), and they stay in the
                          shell history. Use ROOMDECK_PIN or ROOMDECK_PASSWORD
                          in the environment instead.
  --role admin|user       the access mode to ask for (default: user for status,
                          abook, participants, watch, camera, snapshot, mute,
                          unmute, volume and devices; admin otherwise)
  --timeout SECONDS       limit for connecting plus the command (default: 15;
                          watch: for connecting)
  --json                  machine-readable output: one JSON document
                          (watch: one JSON object per line)
  -v, --verbose           diagnostics on stderr
  -h, --help              show this help
  --version               show the version

</source>
        <translation>Параметры подключения (для любой команды):
  --room HOST[:WEBPORT]   адрес, показанный на экране комнаты; порты WebSocket
                          и HTTP считываются из config.json комнаты
  -t, --instance NAME     экземпляр комнаты, запущенный с -t NAME
  --ws ws://HOST:PORT     подключиться к этому порту WebSocket (без config.json)
  --pin PIN               войти с PIN-кодом комнаты
  --password PASSWORD     войти с паролем
                          Внимание: любой пользователь этого компьютера может
                          прочитать эти два значения в списке процессов (ps), и
                          они остаются в истории оболочки. Используйте вместо
                          них ROOMDECK_PIN или ROOMDECK_PASSWORD в окружении.
  --role admin|user       запрашиваемый режим доступа (по умолчанию: user для
                          status, abook, participants, watch, camera, snapshot,
                          mute, unmute, volume и devices; иначе admin)
  --timeout SECONDS       лимит на подключение и команду (по умолчанию: 15;
                          watch: на подключение)
  --json                  машиночитаемый вывод: один документ JSON
                          (watch: один объект JSON на строку)
  -v, --verbose           диагностика в stderr
  -h, --help              показать эту справку
  --version               показать версию

</translation>
    </message>
    <message>
        <source>  camera preset list      the camera&apos;s presets
  camera preset apply NAME
                          move the camera to the preset called NAME
  camera preset save NAME save the camera&apos;s position as preset NAME (a new
                          preset, or the one of that name updated)
</source>
        <translation>  camera preset list      предустановки камеры
  camera preset apply NAME
                          навести камеру на предустановку NAME
  camera preset save NAME сохранить положение камеры как предустановку NAME
                          (новую; если такая уже есть, она обновляется)
</translation>
    </message>
    <message>
        <source>  snapshot FILE.jpg [--peer ID]
                          save one frame of the room&apos;s camera (or of conference
                          participant ID) as a JPEG; a picture that is not a
                          JPEG is refused (exit code 5) and nothing is written
</source>
        <translation>  snapshot FILE.jpg [--peer ID]
                          сохранить один кадр с камеры комнаты (или участника
                          конференции ID) в формате JPEG; изображение не в
                          формате JPEG отклоняется (код завершения 5), и ничего
                          не записывается
</translation>
    </message>
    <message>
        <source>%1 takes at most one argument, got %2</source>
        <translation>%1 принимает не более одного аргумента, получено: %2</translation>
    </message>
    <message>
        <source>camera takes: preset list | preset apply NAME | preset save NAME</source>
        <translation>camera принимает: preset list | preset apply NAME | preset save NAME</translation>
    </message>
    <message>
        <source>camera preset %1: the name is empty</source>
        <translation>camera preset %1: название пустое</translation>
    </message>
    <message>
        <source>camera preset %1: the name is longer than %2 characters</source>
        <translation>camera preset %1: название длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1 takes mic, camera or speaker, not “%2”</source>
        <translation>%1 принимает mic, camera или speaker, а не «%2»</translation>
    </message>
    <message>
        <source>volume takes a number from 0 to 100, not “%1”</source>
        <translation>volume принимает число от 0 до 100, а не «%1»</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>snapshot: %1</translation>
    </message>
    <message>
        <source>--peer takes a participant&apos;s ID, not “%1”</source>
        <translation>--peer принимает ID участника, а не «%1»</translation>
    </message>
    <message>
        <source>  mute mic|camera|speaker, unmute mic|camera|speaker
                          mute the room&apos;s microphone, camera or loudspeaker,
                          or turn it on again
  volume [0-100]          print the room&apos;s volume, or set it
  devices                 the room&apos;s cameras, microphones and loudspeakers (the
                          ones in use marked *), what is muted, and the options
                          the room reports
</source>
        <translation>  mute mic|camera|speaker, unmute mic|camera|speaker
                          выключить микрофон, камеру или динамик комнаты
                          либо снова включить его
  volume [0-100]          вывести громкость комнаты или установить её
  devices                 камеры, микрофоны и динамики комнаты (используемые
                          отмечены *), что выключено, и параметры, о которых
                          сообщает комната
</translation>
    </message>
    <message>
        <source>  history [--missed]      the room&apos;s recent calls, newest first (--missed: only
                          the missed ones)
  history mark-seen       mark the missed calls seen
  history clear           delete the room&apos;s call history (admin)
  meetings                the room&apos;s scheduled meetings
  meetings join ID        join the scheduled meeting ID (as call \c\ID)
                          (history and meetings sign in as user but for
                          history clear and meetings join)
</source>
        <translation>  history [--missed]      недавние вызовы комнаты, новые сначала (--missed:
                          только пропущенные)
  history mark-seen       отметить пропущенные вызовы как просмотренные
  history clear           удалить историю вызовов комнаты (admin)
  meetings                запланированные встречи комнаты
  meetings join ID        подключиться к запланированной встрече ID (как
                          call \c\ID)
                          (history и meetings входят как user, кроме
                          history clear и meetings join)
</translation>
    </message>
    <message>
        <source>  chat send ID TEXT       send TEXT to ID in a personal chat message
  chat send --all TEXT    send TEXT to everyone in the group conference
  chat list               the chat of the current call or conference
</source>
        <translation>  chat send ID TEXT       отправить TEXT участнику ID личным сообщением в чат
  chat send --all TEXT    отправить TEXT всем участникам групповой конференции
  chat list               чат текущего вызова или конференции
</translation>
    </message>
    <message>
        <source>  settings get [NAME]     the room&apos;s settings as NAME = VALUE (or one value)
  settings set NAME=VALUE...
                          change settings at once; the room takes all
                          or none (signs in as admin; --role user)
</source>
        <translation>  settings get [NAME]     настройки комнаты в виде NAME = VALUE (или одно
                          значение)
  settings set NAME=VALUE...
                          изменить настройки разом; комната принимает все
                          или ни одной (вход как admin; --role user)
</translation>
    </message>
    <message>
        <source>  layout                  the default layouts; in a call the layout and its slots
  monitors                the room&apos;s monitors and where its window is
  widgets [NAME on|off]   the main-screen widget switches, or switch one
</source>
        <translation>  layout                  раскладки по умолчанию; во время вызова — текущая
                          раскладка и её видеослоты
  monitors                мониторы комнаты и на каком из них её окно
  widgets [NAME on|off]   переключатели виджетов главного экрана или
                          переключение одного из них
</translation>
    </message>
    <message>
        <source>agent-rooms takes the agent&apos;s address as --room HOST:PORT (no --ws, no --instance)</source>
        <translation>agent-rooms принимает адрес агента как --room HOST:PORT (без --ws и --instance)</translation>
    </message>
    <message>
        <source>Commands:
  status                  connection, app state, role, TrueConf ID, server
  abook [--filter TEXT]   the address book; TEXT matches ID or name, any case
  call ID                 call a TrueConf ID (user, user@server,
                          user@server/instance) or join a conference (\c\NAME)
  accept                  answer the ringing call or invitation
  reject                  decline the ringing call or invitation
  hangup [--all]          end the call; --all ends a group conference for all
  participants            who is in the current call or conference
  upload-logo FILE [--mode 0|1]
                          upload an image and show it as the logo (admin);
                          mode 0 fits it into 440x82 px, 1 keeps its size
  reset-logo              back to the default logo (admin)
  reboot                  restart the room computer (admin)
  shutdown [--app]        power the room computer off; --app closes only the
                          TrueConf Room application (admin)
  send JSON               send one raw request object, such as
                          &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;, and print the reply
  send --file FILE [--raw]
                          the request object from FILE (- for standard input,
                          at most 1 MiB); --raw also prints the frame sent and
                          the frames received for it as -&gt; {...} and &lt;- {...}
                          (secrets as &quot;***&quot;); send JSON --raw does too
  watch [--for SECONDS] [--event NAME]...
                          print every event as one JSON object per line until
                          Ctrl+C, SIGTERM or --for ends it (exit code 0);
                          --event keeps only the events named
</source>
        <translation>Команды:
  status                  подключение, состояние приложения, роль, TrueConf ID,
                          сервер
  abook [--filter TEXT]   адресная книга; TEXT ищется в ID или имени без учёта
                          регистра
  call ID                 позвонить на TrueConf ID (user, user@server,
                          user@server/instance) или подключиться к конференции
                          (\c\NAME)
  accept                  ответить на входящий вызов или приглашение
  reject                  отклонить входящий вызов или приглашение
  hangup [--all]          завершить вызов; --all завершает групповую
                          конференцию для всех
  participants            кто участвует в текущем вызове или конференции
  upload-logo FILE [--mode 0|1]
                          загрузить изображение и показать его как логотип
                          (admin); режим 0 вписывает его в 440x82 px,
                          1 сохраняет исходный размер
  reset-logo              вернуть логотип по умолчанию (admin)
  reboot                  перезагрузить компьютер комнаты (admin)
  shutdown [--app]        выключить компьютер комнаты; --app закрывает только
                          приложение TrueConf Room (admin)
  send JSON               отправить один необработанный объект запроса,
                          например &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;, и вывести ответ
  send --file FILE [--raw]
                          объект запроса из FILE (- для стандартного ввода,
                          не более 1 МиБ); --raw также выводит отправленный кадр
                          и полученные на него кадры в виде -&gt; {...} и &lt;- {...}
                          (секреты как &quot;***&quot;); send JSON --raw делает то же
  watch [--for SECONDS] [--event NAME]...
                          выводить каждое событие как один объект JSON на
                          строку, пока его не остановят Ctrl+C, SIGTERM или
                          --for (код завершения 0); --event оставляет только
                          указанные события
</translation>
    </message>
    <message>
        <source>Exit codes:
  0    success
  1    settings diff: the settings differ; check: a warning
  2    usage error: bad command line, argument or file; nothing was sent
  3    room not found or not reachable, discovery failed, connection lost
  4    authentication failed: wrong PIN or password, or the room signed this
       client out
  5    the room refused the command (its message is printed), or roomdeckctl
       refused it first: admin-only with --role user, nothing to answer ...
  6    timeout: no answer within --timeout
  7    check: the room is not ready (an item is a problem)
  8    log: no history file, or it cannot be read (locked, damaged, newer)
  130  interrupted by SIGINT (143: SIGTERM); watch ends with 0 instead

</source>
        <translation>Коды завершения:
  0    успех
  1    settings diff: настройки отличаются; check: предупреждение
  2    ошибка вызова: неверная команда, аргумент или файл; ничего не отправлено
  3    комната не найдена или недоступна, ошибка поиска, подключение потеряно
  4    ошибка аутентификации: неверный PIN-код или пароль, либо комната
       завершила сеанс этого клиента
  5    комната отклонила команду (её сообщение выводится), либо roomdeckctl
       отклонил её сам: только для admin при --role user, нечего принимать ...
  6    тайм-аут: нет ответа в пределах --timeout
  7    check: комната не готова (один из пунктов — проблема)
  8    log: файла истории нет или он нечитаем (заблокирован, повреждён, новее)
  130  прервано по SIGINT (143: SIGTERM); watch в этом случае завершается с 0

</translation>
    </message>
</context>
</TS>
