/** Accounts and partnerships, as admins manage them. */
export { createPartnershipsRepo, type PartnershipsRepo } from './partnerships.repo.js';
export { partnershipsRoutes, usersRoutes } from './people.routes.js';
export { createPeopleService, type PeopleService } from './people.service.js';
export { createUsersRepo, type UserRow, type UsersRepo } from './users.repo.js';
