package org.learningsets.web.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls services in the ADMIN role (test deployments only). */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin extends Acting {}
